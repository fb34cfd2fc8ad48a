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
	['по номеру 0555 40 20 30'],
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
	['третий Boeing 737'],
	['на Windows 11 перешли 5 ведомств', ['5', 5]],
	['USD 100', ['100', 100]],
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

const standards: Row[] = [
	['по ГОСТ 31941'],
	['ГОСТ 31941-2012 и 5 тонн', ['5', 5]],
	['ГОСТ Р 52051-2003'],
	['стандарту ISO 9001:2015'],
	['ИСО 14001'],
	['СНиП 2.01.07'],
	['код ТН ВЭД 6109'],
	// Lowercase «ту» is a pronoun, and a standard needs its capitals.
	['на ту 1000', ['1000', 1000]],
	['гост 5', ['5', 5]],
	['стандарта СТ КР 1234'],
	['ТР ТС 018/2011']
];

const labels: Row[] = [
	['статья 15 закона'],
	['согласно статье 15 и 16', ['16', 16]],
	['ст. 12 Трудового кодекса'],
	['пункта 3'],
	['главе 4'],
	['дом 5'],
	['д. 12, кв. 4'],
	['корпус 2'],
	['офис 305'],
	['автобусы маршрута 48'],
	['мкр. 7'],
	['микрорайон 12'],
	['энергоблок 2'],
	['под номером 5'],
	['цех № 4'],
	['Закон № 58'],
	['постановление №123'],
	// A full stop after another word is a sentence end, not an abbreviation.
	['Завод построен. 5 цехов', ['5', 5]]
];

const addresses: Row[] = [
	['проспект Чуй, 265'],
	['по адресу: ул. Ахунбаева, 119'],
	['улица Льва Толстого, 17а'],
	['г. Бишкек, пр. Манаса, 40, 3 этаж', ['3', 3]],
	['мкр. Джал, 15'],
	['бульвар Эркиндик, 58/1'],
	['720040, г. Бишкек'],
	['720040 сомов', ['720040 сомов', 720040, 'KGS']],
	// Without a street, a number after a comma counts.
	['В Бишкеке, 265 автобусов', ['265', 265]],
	['на улице, 5 компаний', ['5', 5]]
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
	test.each(standards)('standards: %s', (...row) => void expectRow(row));
	test.each(labels)('numbered things: %s', (...row) => void expectRow(row));
	test.each(addresses)('addresses: %s', (...row) => void expectRow(row));
});
