// Fictional names of the origins Québec's newcomers come from, with their accents, hyphens and apostrophes, so that
// search and the duplicate check meet at scale what they meet at the counter. Combinations are drawn at random:
// any resemblance to a real person is chance.

/** One origin: weight among newcomers, countries of birth (ISO 3166-1), languages (ISO 639-1), names. */
export type Origin = {
  key: string
  weight: number
  countries: readonly string[]
  languages: readonly string[]
  /** Francophone origins start higher on the Québec scale of French levels. */
  francophone: boolean
  female: readonly string[]
  male: readonly string[]
  family: readonly string[]
}

export const origins: readonly Origin[] = [
  {
    key: 'quebec-france',
    weight: 10,
    countries: ['FR', 'BE', 'CH', 'CA'],
    languages: ['fr'],
    francophone: true,
    female: ['Marie-Ève', 'Mélanie', 'Geneviève', 'Élodie', 'Anaïs', 'Chloé', 'Léa', 'Noémie', 'Héloïse', 'Maëlle'],
    male: ['Jean-François', 'Mathieu', 'Étienne', 'Benoît', 'Jérôme', 'Loïc', 'Gaël', 'François-Xavier', 'Rémi'],
    family: ['Tremblay', 'Gagnon', 'Bélanger', 'Côté', 'Lévesque', 'Bouchard-Roy', 'Pelletier', 'Lefèvre', 'Dubé'],
  },
  {
    key: 'haiti',
    weight: 9,
    countries: ['HT'],
    languages: ['fr', 'ht'],
    francophone: true,
    female: ['Nadège', 'Fabiola', 'Guerda', 'Mirlande', 'Widline', 'Roseline', 'Stéphanie', 'Darline', 'Régine'],
    male: ['Jean-Robert', 'Wilner', 'Frantz', 'Jocelyn', 'Réginald', 'Ti-Jean', 'Fritznel', 'Ernso', 'Wisly'],
    family: ['Jean-Baptiste', 'Pierre-Louis', 'Désir', 'Saint-Fleur', 'Joseph', 'Célestin', 'Dorméus', 'Exantus'],
  },
  {
    key: 'maghreb',
    weight: 12,
    countries: ['MA', 'DZ', 'TN'],
    languages: ['ar', 'fr'],
    francophone: true,
    female: ['Fatima-Zahra', 'Khadija', 'Meriem', 'Nour el-Houda', 'Yasmine', 'Imane', 'Salma', 'Aïcha', 'Leïla'],
    male: ['Mohamed-Amine', 'Youssef', 'Karim', 'Abdelkader', 'Mehdi', 'Réda', 'Hicham', 'Anis', 'Sofiane'],
    family: ['Benali', 'El Amrani', 'Bouaziz', 'Haddad', 'Ait Ouarab', 'Chérif', 'Belkacem', 'Zerrouki', 'Ben Saïd'],
  },
  {
    key: 'west-africa',
    weight: 10,
    countries: ['SN', 'CI', 'CM', 'ML', 'BF', 'GN', 'BJ', 'CD'],
    languages: ['fr', 'wo', 'bm', 'ln'],
    francophone: true,
    female: ['Aminata', 'Fatoumata', 'Awa', 'Mariama', 'Adjoa', 'Ndèye', 'Kadiatou', 'Aïssatou', 'Chantal'],
    male: ['Mamadou', 'Ousmane', 'Cheikh', 'Boubacar', 'Kouadio', 'Moussa', 'Ibrahima', 'Serge-Alain', 'Koffi'],
    family: ['Diallo', 'Ndiaye', 'Traoré', 'Koné', 'Kouassi', 'Sow', 'Mbappé', "N'Guessan", 'Ouédraogo', 'Mukendi'],
  },
  {
    key: 'latin-america',
    weight: 11,
    countries: ['CO', 'MX', 'VE', 'PE', 'CL', 'SV', 'GT', 'BR'],
    languages: ['es', 'pt'],
    francophone: false,
    female: ['María José', 'Valentina', 'Ximena', 'Lucía', 'Ana Sofía', 'Mónica', 'Yesenia', 'Inés', 'Camila'],
    male: ['José Luis', 'Andrés', 'Sebastián', 'Julián', 'Héctor', 'Ramón', 'Jesús', 'João', 'Iván'],
    family: ['González', 'Rodríguez', 'Pérez-Gómez', 'Hernández', 'Martínez', 'Núñez', 'Peña', 'Ibáñez', 'Gonçalves'],
  },
  {
    key: 'china',
    weight: 7,
    countries: ['CN', 'HK', 'TW'],
    languages: ['zh', 'en'],
    francophone: false,
    female: ['Xiaoling', 'Mei', 'Jing', 'Yuqing', 'Xinyi', 'Hui', 'Lin', 'Qian', 'Yan'],
    male: ['Wei', 'Jian', 'Hao', 'Zhiqiang', 'Jun', 'Tao', 'Xiaoming', 'Lei', 'Chen'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou'],
  },
  {
    key: 'vietnam',
    weight: 4,
    countries: ['VN'],
    languages: ['vi'],
    francophone: false,
    female: ['Thị Hồng', 'Ngọc Anh', 'Thu Trang', 'Lan', 'Phương', 'Hà My', 'Thảo', 'Linh'],
    male: ['Văn Minh', 'Đức Anh', 'Quốc Bảo', 'Tuấn', 'Hùng', 'Thành', 'Khánh', 'Long'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'],
  },
  {
    key: 'india',
    weight: 9,
    countries: ['IN', 'PK', 'BD', 'LK'],
    languages: ['hi', 'pa', 'en', 'ta', 'ur'],
    francophone: false,
    female: ['Priya', 'Anjali', 'Harpreet', 'Lakshmi', 'Neha', 'Simran', 'Kavya', 'Fatima', 'Deepika'],
    male: ['Rajesh', 'Arjun', 'Gurpreet', 'Vikram', 'Sanjay', 'Harjit', 'Imran', 'Karthik', 'Amit'],
    family: ['Sharma', 'Patel', 'Singh', 'Kaur', 'Gupta', 'Iyer', 'Reddy', 'Khan', 'Chaudhary', 'Krishnan'],
  },
  {
    key: 'ukraine',
    weight: 5,
    countries: ['UA', 'MD'],
    languages: ['uk', 'ru'],
    francophone: false,
    female: ['Olena', 'Iryna', 'Oksana', 'Nataliia', 'Yuliia', 'Kateryna', 'Sofiia', 'Tetiana'],
    male: ['Oleksandr', 'Andrii', 'Serhii', 'Dmytro', 'Mykola', 'Volodymyr', 'Yurii', 'Bohdan'],
    family: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Oliinyk', 'Boiko'],
  },
  {
    key: 'middle-east',
    weight: 8,
    countries: ['SY', 'LB', 'IQ', 'AF', 'IR'],
    languages: ['ar', 'fa', 'ku', 'fr'],
    francophone: false,
    female: ['Rasha', 'Hiba', 'Lina', 'Rim', 'Zeinab', 'Maryam', 'Shirin', 'Nour', 'Layla'],
    male: ['Ahmad', 'Omar', 'Khaled', 'Bassel', 'Hussein', 'Reza', 'Mustafa', 'Elias', 'Samir'],
    family: ['Al-Hassan', 'Khoury', 'Al Masri', 'Haddad', 'Nasser', 'Hosseini', 'Abou-Jaoudé', 'Karimi', 'Saliba'],
  },
  {
    key: 'philippines',
    weight: 4,
    countries: ['PH'],
    languages: ['tl', 'en'],
    francophone: false,
    female: ['Maricel', 'Rowena', 'Jocelyn', 'Ma. Cristina', 'Liezl', 'Analyn'],
    male: ['Jose Mari', 'Rommel', 'Arnel', 'Jun-Jun', 'Ramil', 'Noel'],
    family: ['Santos', 'Reyes', 'Dela Cruz', 'Bautista', 'Villanueva', 'Mendoza', 'Del Rosario'],
  },
  {
    key: 'other',
    weight: 5,
    countries: ['RO', 'TR', 'RU', 'US', 'GB', 'NG', 'ET', 'ER'],
    languages: ['ro', 'tr', 'ru', 'en', 'am', 'ti'],
    francophone: false,
    female: ['Ioana', 'Elif', 'Svetlana', 'Chiamaka', 'Meseret', 'Rahel', 'Ayşe'],
    male: ['Mihai', 'Mehmet', 'Igor', 'Chukwuemeka', 'Dawit', 'Tesfaye', 'Çağrı'],
    family: ['Popescu', 'Yılmaz', 'Ivanov', 'Okafor', 'Tesfaye', 'Haile', 'Şahin', 'Smith-Owusu'],
  },
]

/** Regions' weight among newcomers (Montréal first) and a few of their municipalities. */
export const regionProfiles: Readonly<Record<string, { weight: number; cities: readonly string[]; fsa: string }>> = {
  '01': { weight: 1, cities: ['Rimouski', 'Rivière-du-Loup', 'Matane'], fsa: 'G5L' },
  '02': { weight: 1.5, cities: ['Saguenay', 'Alma', 'Roberval'], fsa: 'G7H' },
  '03': { weight: 7, cities: ['Québec', 'Lévis', "L'Ancienne-Lorette"], fsa: 'G1K' },
  '04': { weight: 2.5, cities: ['Trois-Rivières', 'Shawinigan', 'La Tuque'], fsa: 'G9A' },
  '05': { weight: 4, cities: ['Sherbrooke', 'Magog', 'Coaticook'], fsa: 'J1H' },
  '06': { weight: 45, cities: ['Montréal', 'Montréal-Nord', 'Saint-Laurent', 'Côte-des-Neiges'], fsa: 'H3S' },
  '07': { weight: 5, cities: ['Gatineau', 'Maniwaki', 'Val-des-Monts'], fsa: 'J8Y' },
  '08': { weight: 1, cities: ['Rouyn-Noranda', "Val-d'Or", 'Amos'], fsa: 'J9X' },
  '09': { weight: 0.7, cities: ['Baie-Comeau', 'Sept-Îles', 'Forestville'], fsa: 'G4Z' },
  '10': { weight: 0.3, cities: ['Chibougamau', 'Matagami', 'Lebel-sur-Quévillon'], fsa: 'G8P' },
  '11': { weight: 0.5, cities: ['Gaspé', 'Carleton-sur-Mer', 'Sainte-Anne-des-Monts'], fsa: 'G4X' },
  '12': { weight: 2, cities: ['Saint-Georges', 'Thetford Mines', 'Montmagny'], fsa: 'G5Y' },
  '13': { weight: 8, cities: ['Laval', 'Chomedey', 'Sainte-Rose'], fsa: 'H7N' },
  '14': { weight: 3, cities: ['Joliette', 'Repentigny', 'Terrebonne'], fsa: 'J6E' },
  '15': { weight: 3.5, cities: ['Saint-Jérôme', 'Mirabel', 'Sainte-Agathe-des-Monts'], fsa: 'J7Z' },
  '16': { weight: 12, cities: ['Longueuil', 'Brossard', 'Granby', 'Saint-Hyacinthe'], fsa: 'J4K' },
  '17': { weight: 2, cities: ['Drummondville', 'Victoriaville', 'Nicolet'], fsa: 'J2B' },
}

export const streets = [
  'rue Principale',
  'boulevard Saint-Laurent',
  'rue de l’Église',
  'avenue des Érables',
  'rue Saint-Jean-Baptiste',
  'chemin du Lac',
  'rue Notre-Dame Est',
  'boulevard René-Lévesque',
] as const
