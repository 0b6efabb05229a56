// The public site's surface: read-only pages generated from the other modules' data (it owns no table).
export { publicSitePlugin } from './public-site.plugin.js'
