import { describe, test } from 'vitest';
import { expectRow, type Row } from './expect-mentions';

const dates: Row[] = [
	['1 марта'],
	['Встреча 1 марта прошла'],
	['15 января 2026 года', ['2026 года', 2026, 'year']],
	['1 марта 2026 года', ['2026 года', 2026, 'year']],
	['до 31 декабря'],
	['с 1 по 5 марта'],
	['1–3 мая'],
	['31.01.2026'],
	['05.03.2025 г.'],
	['2025-09-29'],
	[' date 2026-01-31 В Кыргызстане'],
	['в 10:30'],
	['с 9:00 до 18:00'],
	['24/7'],
	['1.250.000'],
	// A day number needs a month right after it; a month before a year makes the year.
	['1 и 2 марта', ['1', 1]],
	['32 марта', ['32', 32]]
];

const phones: Row[] = [
	['+996 555 123 456'],
	['тел.: +996 (312) 66-77-88'],
	['+7 (495) 123-45-67'],
	['+79161234567'],
	['0555 12-34-56'],
	['0312 66 77 88'],
	['123-45-67'],
	['(495) 123-45-67'],
	['код 007'],
	['звоните 0555 12-34-56, 2025 года', ['2025 года', 2025, 'year']],
	// Few digits after a plus are a signed number, not a phone.
	['+5%', ['+5%', 5, 'percent']]
];

const models: Row[] = [
	['КамАЗ-5490'],
	['Т-34'],
	['iPhone15'],
	['ЛиАЗ-5292'],
	['COVID-19'],
	['ИННОПРОМ-2025'],
	['Т-34-85'],
	['5G'],
	['3D'],
	['B2B'],
	['15кг'],
	['МАЗ 5440', ['5440', 5440]],
	['№ 5'],
	['№5'],
	['#3']
];

const ordinals: Row[] = [
	['1-й'],
	['5-го'],
	['2-я'],
	['в 1990-х годах'],
	['5-летний'],
	['10-процентный'],
	['21-го века'],
	['1990-е годы']
];

const links: Row[] = [
	['https://24.kg/news/12345'],
	['?id=42&page=3'],
	['file_2.pdf'],
	['user@123']
];

describe('non-quantities', () => {
	test.each(dates)('dates and times: %s', (...row) => void expectRow(row));
	test.each(phones)('phones: %s', (...row) => void expectRow(row));
	test.each(models)('models and labels: %s', (...row) => void expectRow(row));
	test.each(links)('links: %s', (...row) => void expectRow(row));
	test.each(ordinals)('ordinals: %s', (...row) => void expectRow(row));
});
