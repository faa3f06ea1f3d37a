import type { ActorSeed } from '../dataset.types.js';

const state = (code: string, name: string): ActorSeed => ({ code, name, kind: 'state' });
const organisation = (code: string, name: string): ActorSeed => ({ code, name, kind: 'organisation' });

/** Reference data: states by ISO 3166-1 alpha-3, organisations by X-prefixed user-assigned codes. */
export const actors: ActorSeed[] = [
  // Tracked powers
  state('RUS', 'Russia'),
  state('USA', 'United States'),
  state('CHN', 'China'),
  state('TUR', 'Turkey'),
  // Middle East & North Africa
  state('DZA', 'Algeria'),
  state('BHR', 'Bahrain'),
  state('EGY', 'Egypt'),
  state('IRN', 'Iran'),
  state('IRQ', 'Iraq'),
  state('ISR', 'Israel'),
  state('JOR', 'Jordan'),
  state('KWT', 'Kuwait'),
  state('LBN', 'Lebanon'),
  state('LBY', 'Libya'),
  state('MAR', 'Morocco'),
  state('OMN', 'Oman'),
  state('PSE', 'Palestine'),
  state('QAT', 'Qatar'),
  state('SAU', 'Saudi Arabia'),
  state('SYR', 'Syria'),
  state('TUN', 'Tunisia'),
  state('ARE', 'United Arab Emirates'),
  state('YEM', 'Yemen'),
  // South Caucasus
  state('ARM', 'Armenia'),
  state('AZE', 'Azerbaijan'),
  state('GEO', 'Georgia'),
  // Central Asia
  state('KAZ', 'Kazakhstan'),
  state('KGZ', 'Kyrgyzstan'),
  state('TJK', 'Tajikistan'),
  state('TKM', 'Turkmenistan'),
  state('UZB', 'Uzbekistan'),
  // Horn of Africa & Sahel
  state('DJI', 'Djibouti'),
  state('ERI', 'Eritrea'),
  state('ETH', 'Ethiopia'),
  state('SOM', 'Somalia'),
  state('SDN', 'Sudan'),
  state('SSD', 'South Sudan'),
  state('MLI', 'Mali'),
  state('BFA', 'Burkina Faso'),
  state('NER', 'Niger'),
  state('TCD', 'Chad'),
  state('MRT', 'Mauritania'),
  state('CAF', 'Central African Republic'),
  // Other states that appear in the records
  state('UKR', 'Ukraine'),
  state('GBR', 'United Kingdom'),
  state('FRA', 'France'),
  state('DEU', 'Germany'),
  state('ITA', 'Italy'),
  state('ESP', 'Spain'),
  state('IND', 'India'),
  state('PAK', 'Pakistan'),
  state('JPN', 'Japan'),
  state('IDN', 'Indonesia'),
  state('HUN', 'Hungary'),
  state('CAN', 'Canada'),
  state('GRC', 'Greece'),
  state('CYP', 'Cyprus'),
  state('ROU', 'Romania'),
  state('BLR', 'Belarus'),
  state('KOR', 'South Korea'),
  state('PRK', 'North Korea'),
  state('THA', 'Thailand'),
  // Organisations
  organisation('XAL', 'League of Arab States'),
  organisation('XEU', 'European Union'),
  organisation('XUN', 'United Nations'),
  organisation('XNA', 'NATO'),
  organisation('XGC', 'Gulf Cooperation Council'),
  organisation('XAU', 'African Union'),
  organisation('XSC', 'Shanghai Cooperation Organisation'),
  organisation('XCS', 'Collective Security Treaty Organization'),
  organisation('XOT', 'Organization of Turkic States'),
];

/** Tracked powers and their display colours (colour-blind-safe Okabe–Ito hues). */
export const powers: { code: string; colour: string }[] = [
  { code: 'RUS', colour: '#D55E00' },
  { code: 'USA', colour: '#0072B2' },
  { code: 'CHN', colour: '#CC79A7' },
  { code: 'TUR', colour: '#009E73' },
];
