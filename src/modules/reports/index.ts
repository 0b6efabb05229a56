// The reports module's public surface: for now the French and English text helpers the Bilan needs (numbers in
// words, the team sentence); the Bilan, dashboards, indicators and open data come with their issue.
// reports may be imported by public-site, never the reverse.
export { countInWords } from './text/french-numbers.js'
export { countedNoun, teamParagraphs } from './text/team-sentence.js'
