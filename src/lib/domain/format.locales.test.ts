import { describe, expect, test } from 'vitest';
import {
	formatBytes,
	formatChange,
	formatCount,
	formatNumber,
	formatPeriod,
	formatPublished,
	formatQuantity,
	statusLabelsByLocale,
	unitLabel,
	type Quantity
} from './format';
import { statuses } from './vocabulary';

/* Each row: what is written, in Russian, in English. U+00A0 is written out so it shows. */

const q = (
	value: number,
	qualifier: Quantity['qualifier'],
	unit: string,
	value_max: number | null = null
): Quantity => ({ value, value_max, qualifier, unit });

describe('formatCount groups every number of four digits or more', () => {
	test.each([
		[0, '0', '0'],
		[1, '1', '1'],
		[1.5, '1,5', '1.5'],
		[111, '111', '111'],
		[3000, '3\u00a0000', '3,000'],
		[1_500_000, '1\u00a0500\u00a0000', '1,500,000'],
		[3_500_000_000, '3\u00a0500\u00a0000\u00a0000', '3,500,000,000'],
		[-3000, '-3\u00a0000', '-3,000']
	])('%d → %s / %s', (n, ru, en) => {
		expect(formatCount(n, 'ru')).toBe(ru);
		expect(formatCount(n, 'en')).toBe(en);
	});
});

describe('formatQuantity in both languages', () => {
	test.each([
		// plain numbers
		[q(0, 'exact', 'buses'), '0', '0'],
		[q(1.5, 'exact', 'fraction'), '1,5', '1.5'],
		[q(1 / 3, 'exact', 'fraction'), '0,33', '0.33'],
		[q(3000, 'exact', 'workshops'), '3\u00a0000', '3,000'],
		[q(1_500_000, 'exact', 'jobs'), '1\u00a0500\u00a0000', '1,500,000'],
		[q(-3000, 'exact', 'buses'), '-3\u00a0000', '-3,000'],
		// signs
		[q(25, 'exact', 'percent'), '25\u00a0%', '25%'],
		[q(3.5, 'exact', 'percent'), '3,5\u00a0%', '3.5%'],
		[q(-2.5, 'exact', 'percent'), '-2,5\u00a0%', '-2.5%'],
		[q(2.4, 'exact', 'pp'), '2,4\u00a0п.\u00a0п.', '2.4 pp'],
		[q(1.7, 'exact', 'ratio'), '1,7×', '1.7×'],
		[q(2028, 'exact', 'year'), '2028', '2028'],
		// currencies: Russian in words, abbreviated when nothing is lost; English keeps the code
		[q(1, 'exact', 'kgs'), '1\u00a0сом', 'KGS\u00a01.00'],
		[q(2, 'exact', 'kgs'), '2\u00a0сома', 'KGS\u00a02.00'],
		[q(5, 'exact', 'kgs'), '5\u00a0сомов', 'KGS\u00a05.00'],
		[q(11, 'exact', 'cny'), '11\u00a0юаней', 'CN¥11.00'],
		[q(21, 'exact', 'kgs'), '21\u00a0сом', 'KGS\u00a021.00'],
		[q(22, 'exact', 'rub'), '22\u00a0рубля', 'RUB\u00a022.00'],
		[q(25, 'exact', 'rub'), '25\u00a0рублей', 'RUB\u00a025.00'],
		[q(111, 'exact', 'usd'), '111\u00a0долларов', 'US$111.00'],
		[q(1.5, 'exact', 'kgs'), '1,5\u00a0сома', 'KGS\u00a01.50'],
		[q(3.64, 'exact', 'byn'), '3,64\u00a0белорусского рубля', 'BYN\u00a03.64'],
		[q(5, 'exact', 'eur'), '5\u00a0евро', '€5.00'],
		[q(3000, 'exact', 'kgs'), '3\u00a0тыс.\u00a0сомов', 'KGS\u00a03,000.00'],
		[q(1000, 'exact', 'kzt'), '1\u00a0тыс.\u00a0тенге', 'KZT\u00a01,000.00'],
		[q(1_500_000, 'exact', 'kgs'), '1,5\u00a0млн\u00a0сомов', 'KGS\u00a01,500,000.00'],
		[q(1_000_000, 'exact', 'usd'), '1\u00a0млн\u00a0долларов', 'US$1,000,000.00'],
		[q(300_000_000, 'exact', 'usd'), '300\u00a0млн\u00a0долларов', 'US$300,000,000.00'],
		[q(3_500_000_000, 'exact', 'kgs'), '3,5\u00a0млрд\u00a0сомов', 'KGS\u00a03,500,000,000.00'],
		[q(-1_500_000, 'exact', 'kgs'), '-1,5\u00a0млн\u00a0сомов', '-KGS\u00a01,500,000.00'],
		// abbreviating 1 234 567 would drop digits the source gave
		[q(1_234_567, 'exact', 'kgs'), '1\u00a0234\u00a0567\u00a0сомов', 'KGS\u00a01,234,567.00'],
		// qualifiers of quantities
		[q(3000, 'approx', 'buses'), 'около\u00a03\u00a0000', 'about 3,000'],
		[q(3000, 'more_than', 'workshops'), 'более\u00a03\u00a0000', 'more than 3,000'],
		[q(3000, 'at_least', 'jobs'), 'не менее\u00a03\u00a0000', 'at least 3,000'],
		[q(3000, 'less_than', 'buses'), 'менее\u00a03\u00a0000', 'less than 3,000'],
		[q(3000, 'up_to', 'buses'), 'до\u00a03\u00a0000', 'up to 3,000'],
		[q(25, 'more_than', 'percent'), 'более\u00a025\u00a0%', 'more than 25%'],
		[q(1.7, 'approx', 'ratio'), 'около\u00a01,7×', 'about 1.7×'],
		// after a qualifier the currency is in the genitive
		[q(21, 'more_than', 'kgs'), 'более\u00a021\u00a0сома', 'more than KGS\u00a021.00'],
		[q(3, 'up_to', 'rub'), 'до\u00a03\u00a0рублей', 'up to RUB\u00a03.00'],
		[q(1_000_000, 'approx', 'usd'), 'около\u00a01\u00a0млн\u00a0долларов', 'about US$1,000,000.00'],
		[
			q(1_500_000, 'at_least', 'kgs'),
			'не менее\u00a01,5\u00a0млн\u00a0сомов',
			'at least KGS\u00a01,500,000.00'
		],
		// qualifiers of years
		[q(2023, 'approx', 'year'), 'около\u00a02023\u00a0г.', 'about 2023'],
		[q(2028, 'more_than', 'year'), 'после\u00a02028\u00a0г.', 'after 2028'],
		[q(2028, 'at_least', 'year'), 'не ранее\u00a02028\u00a0г.', 'no earlier than 2028'],
		[q(2028, 'less_than', 'year'), 'ранее\u00a02028\u00a0г.', 'before 2028'],
		[q(2028, 'up_to', 'year'), 'до\u00a02028\u00a0г.', 'by 2028'],
		// ranges: the sign is written once
		[q(20, 'range', 'percent', 25), '20–25\u00a0%', '20–25%'],
		[q(2026, 'range', 'year', 2028), '2026–2028', '2026–2028'],
		[q(1, 'range', 'pp', 2), '1–2\u00a0п.\u00a0п.', '1–2 pp'],
		[q(1.5, 'range', 'ratio', 2), '1,5–2×', '1.5–2×'],
		[q(1000, 'range', 'buses', 2500), '1\u00a0000–2\u00a0500', '1,000–2,500'],
		[
			q(1_000_000, 'range', 'kgs', 1_500_000),
			'1–1,5\u00a0млн\u00a0сомов',
			'KGS\u00a01,000,000.00–KGS\u00a01,500,000.00'
		],
		// Intl puts spaces around the dash when the ends differ in scale
		[
			q(500_000, 'range', 'usd', 1_500_000),
			'500\u00a0тыс. – 1,5\u00a0млн\u00a0долларов',
			'US$500,000.00–US$1,500,000.00'
		],
		[q(2, 'range', 'kgs', 4), '2–4\u00a0сома', 'KGS\u00a02.00–KGS\u00a04.00']
	])('%o', (quantity, ru, en) => {
		expect(formatQuantity(quantity, 'ru')).toBe(ru);
		expect(formatQuantity(quantity, 'en')).toBe(en);
		expect(formatQuantity(quantity, 'en')).toBe(en);
	});

	test('formatNumber is formatQuantity of an exact value', () => {
		expect(formatNumber(3_500_000_000, 'kgs', 'ru')).toBe('3,5\u00a0млрд\u00a0сомов');
		expect(formatNumber(3000, 'buses', 'ru')).toBe('3\u00a0000');
		expect(formatNumber(3000, 'buses', 'en')).toBe('3,000');
		expect(formatNumber(2028, 'year', 'ru')).toBe('2028');
	});
});

describe('formatChange writes the sign once when it can', () => {
	test.each([
		[q(16, 'exact', 'percent'), q(25, 'exact', 'percent'), '16\u00a0→ 25\u00a0%', '16 → 25%'],
		[
			q(1.5, 'exact', 'pp'),
			q(2.4, 'exact', 'pp'),
			'1,5\u00a0→ 2,4\u00a0п.\u00a0п.',
			'1.5 → 2.4 pp'
		],
		[q(2026, 'exact', 'year'), q(2028, 'exact', 'year'), '2026\u00a0→ 2028', '2026 → 2028'],
		[q(600, 'exact', 'buses'), q(3000, 'exact', 'buses'), '600\u00a0→ 3\u00a0000', '600 → 3,000'],
		[
			q(600, 'approx', 'buses'),
			q(3000, 'more_than', 'buses'),
			'около\u00a0600\u00a0→ более\u00a03\u00a0000',
			'about 600 → more than 3,000'
		],
		[
			q(1_000_000, 'exact', 'kgs'),
			q(1_500_000, 'exact', 'kgs'),
			'1\u00a0млн\u00a0сомов\u00a0→ 1,5\u00a0млн\u00a0сомов',
			'KGS\u00a01,000,000.00 → KGS\u00a01,500,000.00'
		],
		[
			q(16, 'exact', 'percent'),
			q(20, 'range', 'percent', 25),
			'16\u00a0→ 20–25\u00a0%',
			'16 → 20–25%'
		]
	])('%o → %o', (from, to, ru, en) => {
		expect(formatChange(from, to, 'ru')).toBe(ru);
		expect(formatChange(from, to, 'en')).toBe(en);
	});
});

describe('unitLabel agrees with the number', () => {
	const counted = (
		value: number,
		qualifier: Quantity['qualifier'],
		value_max: number | null = null
	) => q(value, qualifier, 'buses', value_max);
	test.each([
		['buses', 0, 'автобусов', 'buses'],
		['buses', 1, 'автобус', 'bus'],
		['buses', 2, 'автобуса', 'buses'],
		['buses', 5, 'автобусов', 'buses'],
		['buses', 11, 'автобусов', 'buses'],
		['buses', 21, 'автобус', 'buses'],
		['buses', 22, 'автобуса', 'buses'],
		['buses', 25, 'автобусов', 'buses'],
		['buses', 111, 'автобусов', 'buses'],
		['buses', 1.5, 'автобуса', 'buses'],
		['buses', 3000, 'автобусов', 'buses'],
		['buses', 1_500_000, 'автобусов', 'buses'],
		['buses', -1, 'автобус', 'bus'],
		['enterprises', 119, 'предприятий', 'enterprises'],
		['enterprises', 1, 'предприятие', 'enterprise'],
		['workshops', 3, 'цеха', 'workshops'],
		['agreements', 50, 'соглашений', 'agreements'],
		['machine_tools', 2.5, 'станка', 'machine tools'],
		['machine_tools', 1, 'станок', 'machine tool'],
		['jobs', 1, 'рабочее место', 'job'],
		['jobs', 2, 'рабочих места', 'jobs'],
		['jobs', 5, 'рабочих мест', 'jobs'],
		['jobs', 2.5, 'рабочего места', 'jobs'],
		['vehicles', 22, 'автомобиля', 'vehicles']
	])('%s, %d → %s / %s', (unit, n, ru, en) => {
		expect(unitLabel(unit, 'ru', n)).toBe(ru);
		expect(unitLabel(unit, 'en', n)).toBe(en);
	});

	test.each([
		[counted(21, 'exact'), 'автобус', 'buses'],
		// `более`, `около`, `до`… govern the genitive: 21 → singular, 2–4 → plural
		[counted(21, 'more_than'), 'автобуса', 'buses'],
		[counted(1, 'at_least'), 'автобуса', 'bus'],
		[counted(3, 'up_to'), 'автобусов', 'buses'],
		[counted(22, 'less_than'), 'автобусов', 'buses'],
		[counted(1.5, 'approx'), 'автобуса', 'buses'],
		[counted(3000, 'more_than'), 'автобусов', 'buses'],
		// a range agrees with its upper end
		[counted(1, 'range', 2), 'автобуса', 'buses'],
		[counted(20, 'range', 25), 'автобусов', 'buses'],
		[counted(20, 'range', 21), 'автобус', 'buses']
	])('%o → %s / %s', (quantity, ru, en) => {
		expect(unitLabel('buses', 'ru', quantity)).toBe(ru);
		expect(unitLabel('buses', 'en', quantity)).toBe(en);
	});

	test('alone, the form most numbers take; unknown units as their id; none for signs', () => {
		expect(unitLabel('buses', 'ru')).toBe('автобусов');
		expect(unitLabel('machine_tools', 'ru')).toBe('станков');
		expect(unitLabel('buses', 'en')).toBe('buses');
		expect(unitLabel('widget_kits', 'ru', 3)).toBe('widget kits');
		expect(unitLabel('widget_kits', 'en', 1)).toBe('widget kits');
		for (const unit of ['percent', 'pp', 'ratio', 'year', 'kgs', 'usd']) {
			expect(unitLabel(unit, 'ru', 5)).toBe('');
			expect(unitLabel(unit, 'en', 5)).toBe('');
		}
	});
});

describe('formatPeriod in both languages', () => {
	test.each([
		['2025', '2025', '2025'],
		['2024-22', 'лето\u00a02024\u00a0г.', 'summer 2024'],
		['2026-34', 'II\u00a0кв.\u00a02026\u00a0г.', 'Q2 2026'],
		['2026-40', 'I\u00a0пол.\u00a02026\u00a0г.', 'H1 2026'],
		// Intl writes its own dates with plain spaces
		['2026-01-18', '18 янв. 2026 г.', '18 Jan 2026'],
		['2026-01/2026-35', 'янв. 2026 г. – III\u00a0кв.\u00a02026\u00a0г.', 'Jan 2026 – Q3 2026'],
		['2026-01/2026-03', 'янв. 2026 г. – март 2026 г.', 'Jan 2026 – Mar 2026'],
		['2025-09/2030', 'сент. 2025 г. – 2030', 'Sept 2025 – 2030'],
		['2026/2028', '2026 – 2028', '2026 – 2028'],
		// after `около`, `до`, `с` the genitive: a year gets its `г.`, months and seasons decline
		['2023~', 'около\u00a02023\u00a0г.', 'about 2023'],
		['../2028', 'до\u00a02028\u00a0г.', 'by 2028'],
		['2025/..', 'с\u00a02025\u00a0г.', 'from 2025'],
		['../2026-05', 'до\u00a0мая 2026 г.', 'by May 2026'],
		['2025-09/..', 'с\u00a0сент. 2025 г.', 'from Sept 2025'],
		['2024-22/..', 'с\u00a0лета\u00a02024\u00a0г.', 'from summer 2024'],
		['../2026-03-01', 'до\u00a01 мар. 2026 г.', 'by 1 Mar 2026'],
		['2026-34/..', 'с\u00a0II\u00a0кв.\u00a02026\u00a0г.', 'from Q2 2026'],
		['', 'дата неизвестна', 'date unknown']
	])('%s → %s / %s', (period, ru, en) => {
		expect(formatPeriod(period, 'ru')).toBe(ru);
		expect(formatPeriod(period, 'en')).toBe(en);
	});

	test.each([
		['2026-03-01', '1 марта 2026 г.', '1 Mar 2026'],
		['2026-01-31', '31 января 2026 г.', '31 Jan 2026'],
		['2026-05', 'май 2026 г.', 'May 2026'],
		['', 'дата неизвестна', 'date unknown']
	])('published %s → %s / %s', (published, ru, en) => {
		expect(formatPublished(published, 'ru')).toBe(ru);
		expect(formatPublished(published, 'en')).toBe(en);
	});
});

describe('status labels', () => {
	test('every status has a label in each language, English as before', () => {
		expect(statusLabelsByLocale.ru).toEqual({
			actual: 'Факт',
			plan: 'План',
			target: 'Цель',
			baseline: 'Исходный уровень',
			promise: 'Обещание',
			event: 'Событие'
		});
		expect(statusLabelsByLocale.en).toEqual({
			actual: 'Actual',
			plan: 'Plan',
			target: 'Target',
			baseline: 'Baseline',
			promise: 'Promise',
			event: 'Event'
		});
		for (const status of statuses) expect(statusLabelsByLocale.en[status]).toBeTruthy();
	});
});

describe('formatBytes in both languages', () => {
	test.each([
		[0, '0\u00a0байт', '0 bytes'],
		[1, '1\u00a0байт', '1 byte'],
		[2, '2\u00a0байта', '2 bytes'],
		[5, '5\u00a0байт', '5 bytes'],
		[21, '21\u00a0байт', '21 bytes'],
		[999, '999\u00a0байт', '999 bytes'],
		[1000, '1\u00a0кБ', '1 kB'],
		[25935, '25,9\u00a0кБ', '25.9 kB'],
		[1_234_567, '1,2\u00a0МБ', '1.2 MB'],
		[3_500_000_000, '3,5\u00a0ГБ', '3.5 GB']
	])('%d → %s / %s', (bytes, ru, en) => {
		expect(formatBytes(bytes, 'ru')).toBe(ru);
		expect(formatBytes(bytes, 'en')).toBe(en);
	});
});
