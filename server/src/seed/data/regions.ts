import type { RegionSeed } from '../dataset.types.js';

/** A country may sit in several regions (Sudan is in MENA and the Horn & Sahel). */
export const regions: RegionSeed[] = [
  {
    slug: 'mena',
    name: 'Middle East & North Africa',
    description: 'The Arab states, Iran, Israel, Palestine and Turkey.',
    members: [
      'DZA',
      'BHR',
      'EGY',
      'IRN',
      'IRQ',
      'ISR',
      'JOR',
      'KWT',
      'LBN',
      'LBY',
      'MAR',
      'OMN',
      'PSE',
      'QAT',
      'SAU',
      'SYR',
      'TUN',
      'ARE',
      'YEM',
      'SDN',
      'TUR',
    ],
  },
  {
    slug: 'south-caucasus',
    name: 'South Caucasus',
    description: 'Armenia, Azerbaijan and Georgia.',
    members: ['ARM', 'AZE', 'GEO'],
  },
  {
    slug: 'central-asia',
    name: 'Central Asia',
    description: 'The five post-Soviet Central Asian republics.',
    members: ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
  },
  {
    slug: 'horn-sahel',
    name: 'Horn of Africa & Sahel',
    description: 'The Horn of Africa and the central Sahel belt.',
    members: ['DJI', 'ERI', 'ETH', 'SOM', 'SDN', 'SSD', 'MLI', 'BFA', 'NER', 'TCD', 'MRT', 'CAF'],
  },
];
