import { describe, expect, test } from 'vitest';
import { Period } from '../../../src/lib/server/schema';
import { draftPeriod } from './period';

/** `|` marks where the figure starts; it is removed from the sentence. */
function at(marked: string): [string, number] {
	const figureStart = marked.indexOf('|');
	if (figureStart < 0) throw new Error(`no | in «${marked}»`);
	return [marked.replace('|', ''), figureStart];
}

const PUBLISHED = '2026-09-15';

function expectValidPeriod(period: string) {
	expect(Period.safeParse(period).success, period).toBe(true);
}

/** [sentence with the figure marked, period] — the article states the period itself. */
const explicit: [string, string][] = [
	['В 2025 году в республике открыто |119 новых предприятий.', '2025'],
	['Экспорт одежды за 2025 г. составил |150 млн долларов.', '2025'],
	['Выпуск вырос на |12% (данные за 2024 г).', '2024'],
	['В 2025-м году швейники отправили за рубеж |2 тысячи тонн изделий.', '2025'],
	['В 2024–2025 годах завод выпустил |600 автобусов.', '2024/2025'],
	['В 2022-2023 гг. экспорт вырос на |30%.', '2022/2023'],
	['К 2030 году доля машиностроения должна вырасти до |25%.', '../2030'],
	['Стратегия рассчитана до 2030 года и предусматривает |40 новых цехов.', '../2030'],
	['Не позднее 2027 года будет открыто |5 заводов.', '../2027'],
	['С 2026 года пошлина составит |5%.', '2026/..'],
	['Начиная с 2027 года завод будет выпускать |1000 автобусов в год.', '2027/..'],
	['С 2020 по 2025 год в стране закрылось |3 тысячи швейных цехов.', '2020/2025'],
	['С 2020 года до 2025 года производство выросло в |1,7 раза.', '2020/2025'],
	['В январе 2026 года экспорт составил |12 млн долларов.', '2026-01'],
	['За январь–август 2026 года произведено |340 автобусов.', '2026-01/2026-08'],
	['В январе-августе 2025 г. выпуск снизился на |4%.', '2025-01/2025-08'],
	['С ноября 2025 по февраль 2026 года поставлено |80 автобусов.', '2025-11/2026-02'],
	['1 марта 2026 года в Бишкеке открыт цех на |50 рабочих мест.', '2026-03-01'],
	['С 1 января 2027 года ставка снизится до |10%.', '2027-01-01/..'],
	['В первом полугодии 2026 года экспорт вырос на |18%.', '2026-40'],
	['Во втором полугодии 2025 г. закуплено |200 троллейбусов.', '2025-41'],
	['В III квартале 2025 года выпуск составил |95 автобусов.', '2025-35'],
	['В IV квартале 2024 года поставлено |40 машин.', '2024-36'],
	['За 1 кв. 2026 г. экспорт составил |7 млн долларов.', '2026-33'],
	['Во 2-м квартале 2025 года выпущено |120 тысяч курток.', '2025-34'],
	['За первые девять месяцев 2025 года экспортировано |4 тысячи тонн.', '2025-01/2025-09'],
	['До конца 2026 года планируется закупить |300 автобусов.', '../2026'],
	['С начала 2026 года поступило |15 заявок.', '2026/..'],
	// The nearest period to the figure wins when the sentence has several.
	['В 2024 году открыто |98 предприятий, в 2025 году — 119.', '2024'],
	['В 2024 году открыто 98 предприятий, в 2025 году — |119.', '2025'],
	['Доля выросла с 16% в 2020 году до |25% к 2030 году.', '../2030'],
	['Доля выросла с |16% в 2020 году до 25% к 2030 году.', '2020'],
	// The figure is the year itself.
	['Завод выйдет на полную мощность к |2028 году.', '../2028'],
	['ЁМКОСТЬ РЫНКА В ЯНВАРЕ 2026 ГОДА СОСТАВИЛА |5 МЛРД СОМОВ.', '2026-01'],
	['В ІІ квартале 2026 года открыто |12 цехов.', '2026-34'],
	['Сейчас на заводе работают 400 человек, а в 2020 году их было |250.', '2020'],
	// «На сегодняшний день» (so far) yields to a stated period.
	['На сегодняшний день в 2025 году открыто |119 предприятий.', '2025'],
	// Without a period in its clause, the figure takes the nearest one in its part of the sentence…
	['В 2025 году, по данным Нацстаткома, открыто |119 предприятий.', '2025'],
	['В 2026 году, как ожидается, выпустят |700 автобусов, а к 2030 году — 1500.', '2026'],
	['В 2026 году, как ожидается, выпустят 700 автобусов, а к 2030 году — |1500.', '../2030'],
	// … and then in the whole sentence.
	['Выпуск вырос на |12%, а экспорт — на 9% (данные за 2024 г.).', '2024']
];

/** [sentence with the figure marked, period] — resolved against the publication date 2026-09-15. */
const relative: [string, string][] = [
	['В этом году завод выпустит |500 автобусов.', '2026'],
	['В текущем году экспорт вырос на |20%.', '2026'],
	['По итогам текущего года ожидается рост на |8%.', '2026'],
	['В следующем году планируется закупить |150 автобусов.', '2027'],
	['В будущем году откроются |3 швейные фабрики.', '2027'],
	['В прошлом году закрылись |3 тысячи швейных цехов.', '2025'],
	['В позапрошлом году было экспортировано |2 тысячи тонн.', '2024'],
	['Годом ранее этот показатель составлял |11%.', '2025'],
	['В прошлом месяце поставлено |20 автобусов.', '2026-08'],
	['В этом месяце откроется цех на |40 рабочих мест.', '2026-09'],
	['С начала года экспорт одежды составил |90 млн долларов.', '2026-01/2026-09'],
	['С начала этого года открыто |14 цехов.', '2026-01/2026-09'],
	['До конца года планируется открыть |10 цехов.', '../2026'],
	['До конца сентября завод поставит |30 автобусов.', '../2026-09'],
	['В первом квартале экспорт вырос на |7%.', '2026-33'],
	['В первом квартале прошлого года экспорт составил |5 млн долларов.', '2025-33'],
	['Во втором полугодии ожидается рост на |10%.', '2026-41'],
	['За девять месяцев произведено |420 автобусов.', '2026-01/2026-09'],
	['За 6 месяцев швейники экспортировали |3 тысячи тонн.', '2026-01/2026-06'],
	['В марте экспорт составил |9 млн долларов.', '2026-03'],
	['В марте прошлого года экспорт составил |8 млн долларов.', '2025-03'],
	['В январе–августе выпуск вырос на |6%.', '2026-01/2026-08'],
	['С ноября по февраль поставлено |60 автобусов.', '2025-11/2026-02'],
	['15 марта в Оше открыт цех на |30 рабочих мест.', '2026-03-15'],
	['Около трех лет назад в стране работало |5 тысяч цехов.', '2023~'],
	['Три года назад завод выпускал |50 автобусов в год.', '2023'],
	['Более пяти лет назад было закрыто |20 предприятий.', '../2021'],
	['Год назад на заводе работало |300 человек.', '2025'],
	['В ближайшие три года планируется построить |4 завода.', '2026/2029'],
	['В течение ближайших 5 лет будет создано |2 тысячи рабочих мест.', '2026/2031'],
	['На сегодняшний день в республике действует |3 тысячи цехов.', '2026-09-15'],
	['На данном этапе заключено более |50 соглашений.', '2026-09-15'],
	// The figure's clause wins over a nearer phrase in the next one.
	['Сейчас на заводе работают |400 человек, а в 2020 году их было 250.', '2026-09-15'],
	['Вчера подписано соглашение на |5 млн долларов.', '2026-09-14']
];

/** [sentence with the figure marked, published, why] */
const none: [string, string | null, string][] = [
	['На заводе работают |400 человек.', PUBLISHED, 'no period in the sentence'],
	['Доля машиностроения выросла с 16% до |25%.', PUBLISHED, 'no period in the sentence'],
	['Цех закупил |2025 метров ткани.', PUBLISHED, 'no period in the sentence'],
	['Пошлина составит до 2000 сомов за |1 тонну.', PUBLISHED, 'no period in the sentence'],
	['Компания поставила |2024–2025 единиц техники.', PUBLISHED, 'no period in the sentence'],
	[
		'Швейники в течение многих лет экспортировали |80% продукции.',
		PUBLISHED,
		'no period in the sentence'
	],
	['В целом по отрасли занято |150 тысяч человек.', PUBLISHED, 'no period in the sentence'],
	['В квартале открыто |3 магазина.', PUBLISHED, 'no period in the sentence'],
	[
		'В прошлом году закрылись |3 тысячи швейных цехов.',
		null,
		'relative period «В прошлом году» in an article without a publication date'
	],
	[
		'С начала года экспорт составил |90 млн долларов.',
		null,
		'relative period «С начала года» in an article without a publication date'
	],
	[
		'В первом квартале экспорт вырос на |7%.',
		null,
		'relative period «В первом квартале» in an article without a publication date'
	],
	[
		'Около трех лет назад в стране работало |5 тысяч цехов.',
		null,
		'relative period «Около трех лет назад» in an article without a publication date'
	]
];

describe('draftPeriod', () => {
	test.each(explicit)('%s → %s (explicit)', (marked, period) => {
		const [sentence, figureStart] = at(marked);
		const drafted = draftPeriod(sentence, figureStart, PUBLISHED);
		expect(drafted).toMatchObject({ period, basis: 'explicit' });
		expectValidPeriod(period);
		// An explicit period does not depend on the publication date.
		expect(draftPeriod(sentence, figureStart, null)).toEqual(drafted);
	});

	test.each(relative)('%s → %s (relative)', (marked, period) => {
		const [sentence, figureStart] = at(marked);
		expect(draftPeriod(sentence, figureStart, PUBLISHED)).toMatchObject({
			period,
			basis: 'relative'
		});
		expectValidPeriod(period);
	});

	test.each(none)('%s (published %s) → %s', (marked, published, why) => {
		const [sentence, figureStart] = at(marked);
		expect(draftPeriod(sentence, figureStart, published)).toEqual({
			period: '',
			basis: null,
			why
		});
	});

	test('the phrase is quoted as the sentence writes it', () => {
		const [sentence, figureStart] = at('Выпуск ВЫРОС в Прошлом Году на |9%.');
		expect(draftPeriod(sentence, figureStart, PUBLISHED)).toEqual({
			period: '2025',
			basis: 'relative',
			phrase: 'в Прошлом Году'
		});
	});

	test('a relative month rolls over the year', () => {
		const [sentence, figureStart] = at('В прошлом месяце поставлено |20 автобусов.');
		expect(draftPeriod(sentence, figureStart, '2026-01-10')).toMatchObject({ period: '2025-12' });
	});

	test('«вчера» on the first of the month is the last day of the month before', () => {
		const [sentence, figureStart] = at('Вчера подписано соглашение на |5 млн долларов.');
		expect(draftPeriod(sentence, figureStart, '2026-03-01')).toMatchObject({
			period: '2026-02-28'
		});
	});

	test('a day that does not exist leaves its month', () => {
		const [sentence, figureStart] = at('31 февраля 2026 года открыто |5 цехов.');
		expect(draftPeriod(sentence, figureStart, PUBLISHED)).toMatchObject({ period: '2026-02' });
	});

	test('a relative 29 February in a common year is no date', () => {
		const [sentence, figureStart] = at('29 февраля открыто |5 цехов.');
		expect(draftPeriod(sentence, figureStart, '2027-03-10')).toEqual({
			period: '',
			basis: null,
			why: '«29 февраля» is not a calendar date'
		});
		expect(draftPeriod(sentence, figureStart, '2028-03-10')).toMatchObject({
			period: '2028-02-29'
		});
	});

	test('a year range running backwards is no period, nor is either of its years', () => {
		const [sentence, figureStart] = at('В 2025–2024 годах поставлено |5 машин.');
		expect(draftPeriod(sentence, figureStart, PUBLISHED)).toEqual({
			period: '',
			basis: null,
			why: 'no period in the sentence'
		});
	});

	test('a publication date that is not an ISO date is a caller error', () => {
		expect(() => draftPeriod('В прошлом году |5.', 16, '15.09.2026')).toThrow(RangeError);
	});
});
