/**
 * News outlets, agencies and platforms (our own list). Mentions matching these, or ending in a
 * newspaper word (MEDIA_HEAD_WORDS), are typed MEDIA rather than ORG.
 */
export const MEDIA_NAMES = [
  'BBC', 'BBC News', 'BBC World Service', 'EFE', 'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'Agence France Presse',
  'CNN', 'Al Jazeera', 'Al-Jazeera', 'Al Arabiya', 'X', 'Twitter', 'Facebook', 'Instagram', 'YouTube', 'TikTok', 'Telegram', 'WhatsApp',
  'Weibo', 'WeChat', 'Reddit', 'LinkedIn', 'Threads', 'Truth Social', 'VK', 'VKontakte', 'TASS', 'ITAR-TASS', 'RIA Novosti', 'RIA',
  'Interfax', 'Sputnik', 'RT', 'Russia Today', 'Xinhua', 'CGTN', 'Global Times', 'People\'s Daily', 'CCTV', 'KCNA', 'Yonhap', 'Kyodo', 'NHK',
  'Bloomberg', 'Dow Jones', 'NPR', 'PBS', 'ABC', 'ABC News', 'CBS', 'CBS News', 'NBC', 'NBC News', 'Fox News', 'Fox', 'MSNBC', 'CNBC', 'Sky News',
  'ITV', 'Channel 4', 'Euronews', 'Deutsche Welle', 'DW', 'France 24', 'Le Monde', 'Le Figaro', 'Der Spiegel', 'Spiegel', 'Die Zeit',
  'El País', 'El Pais', 'El Mundo', 'La Repubblica', 'Corriere della Sera', 'Haaretz', 'Granma', 'Cubadebate', 'Prensa Latina',
  'Kommersant', 'Izvestia', 'Novaya Gazeta', 'Meduza', 'Pravda', 'Ukrainska Pravda', 'Kyiv Independent', 'Ukrinform', 'IRNA', 'Fars', 'Tasnim',
  'Anadolu', 'Anadolu Agency', 'ANSA', 'dpa', 'DPA', 'PTI', 'Press Trust of India', 'Wikinews', 'Wikipedia', 'Politico', 'Axios', 'Vox',
  'BuzzFeed', 'HuffPost', 'Huffington Post', 'Breitbart', 'Guardian', 'The Guardian', 'The Economist', 'Economist', 'Financial Times',
  'Wall Street Journal', 'The Wall Street Journal', 'WSJ', 'New Yorker', 'Newsweek', 'Time', 'Forbes', 'Fortune', 'Axel Springer',
  'Washington Post', 'The Washington Post', 'New York Times', 'The New York Times', 'USA Today', 'The Independent', 'The Telegraph',
  'Daily Mail', 'The Sun', 'The Times', 'Mirror', 'The Atlantic', 'Slate', 'Vice', 'TechCrunch', 'Wired', 'The Verge', 'Engadget', 'CNET',
];

/** Words that make a capitalised name a newspaper, broadcaster or agency: "Ryazan Gazette". */
export const MEDIA_HEAD_WORDS = new Set([
  'gazette', 'times', 'post', 'herald', 'news', 'tribune', 'daily', 'journal', 'chronicle', 'telegraph', 'observer', 'express',
  'guardian', 'independent', 'mirror', 'courier', 'courant', 'standard', 'inquirer', 'examiner', 'bulletin', 'dispatch', 'monitor',
  'gazeta', 'gazzetta', 'pravda', 'izvestia', 'vedomosti', 'radio', 'tv', 'television', 'broadcasting', 'press', 'newspaper', 'magazine',
  'weekly', 'review', 'agency',
]);
