/** Words that head an organisation's name ("Foreign Ministry", "Labour Party"); written by us. */
export const ORG_HEAD_WORDS = new Set([
  'ministry', 'party', 'council', 'committee', 'commission', 'agency', 'bank', 'corp', 'corp.', 'corporation', 'inc', 'inc.', 'ltd',
  'ltd.', 'plc', 'llc', 'co', 'co.', 'company', 'university', 'institute', 'association', 'union', 'federation', 'organisation',
  'organization', 'department', 'office', 'court', 'parliament', 'assembly', 'congress', 'senate', 'army', 'navy', 'forces', 'police',
  'group', 'airlines', 'airways', 'fund', 'foundation', 'authority', 'service', 'services', 'bureau', 'board', 'church', 'club', 'fc',
  'society', 'league', 'network', 'coalition', 'alliance', 'front', 'movement', 'cabinet', 'government', 'administration', 'guard',
  'kremlin', 'pentagon', 'tribunal', 'exchange', 'motors', 'industries', 'holdings', 'technologies', 'systems', 'labs', 'school',
  'college', 'hospital', 'museum', 'commission', 'secretariat', 'directorate', 'brigade', 'battalion', 'regiment', 'division', 'command',
]);

/**
 * Lower-case government-body nominals that, after a demonym or country ("the Cuban foreign
 * ministry", "Russia's military"), name an organisation.
 */
export const GOV_BODY_NOMINALS = [
  'foreign ministry', 'defence ministry', 'defense ministry', 'interior ministry', 'finance ministry', 'justice ministry',
  'health ministry', 'economy ministry', 'trade ministry', 'energy ministry', 'education ministry', 'emergencies ministry',
  'ministry of foreign affairs', 'ministry of defence', 'ministry of defense', 'foreign office', 'military', 'army', 'navy',
  'air force', 'armed forces', 'government', 'parliament', 'embassy', 'security services', 'security service', 'police',
  'coast guard', 'border guard', 'border guards', 'authorities', 'cabinet', 'central bank', 'supreme court', 'presidency',
  'national guard', 'intelligence service', 'intelligence services', 'state department', 'administration', 'junta', 'regime',
];

/** Well-known organisations by acronym or short name (our list; used as a gazetteer feature). */
export const KNOWN_ORGS = [
  'UN', 'U.N.', 'United Nations', 'NATO', 'EU', 'European Union', 'European Commission', 'European Parliament', 'WHO',
  'World Health Organization', 'IMF', 'International Monetary Fund', 'World Bank', 'WTO', 'OPEC', 'G7', 'G20', 'ASEAN', 'African Union',
  'Red Cross', 'ICRC', 'Amnesty International', 'Human Rights Watch', 'Interpol', 'Europol', 'FBI', 'CIA', 'NSA', 'KGB', 'FSB', 'SVR',
  'GRU', 'MI5', 'MI6', 'Mossad', 'Hamas', 'Hezbollah', 'Taliban', 'al-Qaeda', 'al Qaeda', 'Islamic State', 'ISIS', 'ISIL', 'IS',
  'Wagner', 'Wagner Group', 'Kremlin', 'Pentagon', 'White House', 'Congress', 'Senate', 'House of Representatives', 'Supreme Court',
  'State Department', 'Foreign Office', 'Downing Street', 'Federal Reserve', 'Fed', 'ECB', 'European Central Bank', 'SEC', 'FDA',
  'NASA', 'UNESCO', 'UNICEF', 'UNHCR', 'OSCE', 'IAEA', 'ICC', 'OECD', 'Apple', 'Google', 'Microsoft', 'Amazon', 'Meta', 'Boeing',
  'Airbus', 'Tesla', 'Gazprom', 'Rosneft', 'Toyota', 'Samsung', 'Huawei', 'General Motors', 'GM', 'Ford', 'Nokia', 'Intel', 'IBM',
  'Labour', 'Conservatives', 'Democrats', 'Republicans', 'Labour Party', 'Conservative Party', 'Democratic Party', 'Republican Party',
  'Communist Party', 'Bundestag', 'Duma', 'State Duma', 'Knesset', 'Politburo', 'Sinn Fein', 'Tories', 'SNP', 'AfD', 'GOP',
];
