import type { Locale } from './locale';
import type { PluralForms } from './plural';

/**
 * The counted things of `data/indicators.yaml` and the curation files, by unit. A unit missing here
 * is still shown, as its id with spaces.
 */
export const countedNouns: Record<Locale, Record<string, PluralForms>> = {
	en: {
		buses: { one: 'bus', other: 'buses' },
		workshops: { one: 'workshop', other: 'workshops' },
		enterprises: { one: 'enterprise', other: 'enterprises' },
		agreements: { one: 'agreement', other: 'agreements' },
		machine_tools: { one: 'machine tool', other: 'machine tools' },
		jobs: { one: 'job', other: 'jobs' },
		vehicles: { one: 'vehicle', other: 'vehicles' }
	},
	ru: {
		buses: { one: 'автобус', few: 'автобуса', many: 'автобусов', other: 'автобуса' },
		workshops: { one: 'цех', few: 'цеха', many: 'цехов', other: 'цеха' },
		enterprises: {
			one: 'предприятие',
			few: 'предприятия',
			many: 'предприятий',
			other: 'предприятия'
		},
		agreements: { one: 'соглашение', few: 'соглашения', many: 'соглашений', other: 'соглашения' },
		machine_tools: { one: 'станок', few: 'станка', many: 'станков', other: 'станка' },
		jobs: {
			one: 'рабочее место',
			few: 'рабочих места',
			many: 'рабочих мест',
			other: 'рабочего места'
		},
		vehicles: { one: 'автомобиль', few: 'автомобиля', many: 'автомобилей', other: 'автомобиля' }
	}
};

/**
 * Currencies named in words, by lower-case ISO code. English has none: it keeps the code
 * (`KGS 1,500,000.00`), as the site always has. Intl could name them too (`киргизских сомов`,
 * `долларов США`), but the news say `сомов` and `долларов`.
 */
export const currencyNouns: Record<Locale, Record<string, PluralForms>> = {
	en: {},
	ru: {
		kgs: { one: 'сом', few: 'сома', many: 'сомов', other: 'сома' },
		usd: { one: 'доллар', few: 'доллара', many: 'долларов', other: 'доллара' },
		eur: { other: 'евро' },
		rub: { one: 'рубль', few: 'рубля', many: 'рублей', other: 'рубля' },
		byn: {
			one: 'белорусский рубль',
			few: 'белорусских рубля',
			many: 'белорусских рублей',
			other: 'белорусского рубля'
		},
		cny: { one: 'юань', few: 'юаня', many: 'юаней', other: 'юаня' },
		kzt: { other: 'тенге' }
	}
};

/**
 * The forms after a word that governs the genitive (`более`, `около`, `до`): the numeral declines
 * with it, so 21 takes the genitive singular (`более 21 автобуса`, which `other` holds) and 2–4 the
 * genitive plural (`до 3 автобусов`). English nouns do not change.
 */
export const governedForms: Record<Locale, (forms: PluralForms) => PluralForms> = {
	en: (forms) => forms,
	ru: (forms) => ({ ...forms, one: forms.other, few: forms.many ?? forms.other })
};
