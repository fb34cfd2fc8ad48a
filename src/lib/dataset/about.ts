// What the dataset is, in the words the /data pages and the README of the archive share (the
// README, like the CSV column names, is English).
import type { Locale } from '../domain/locale';

export const datasetTitle: Record<Locale, string> = {
	en: 'Kyrgyzstan industry dashboard: sourced fact tables',
	ru: 'Промышленность Кыргызстана в цифрах: таблицы фактов с источниками'
};

export const datasetIntro: Record<Locale, string> = {
	en: "Figures about Kyrgyzstan's industry, curated from Russian-language news articles. Every figure keeps the exact sentence that states it and the article it comes from, and every number found in an article is accounted for: a fact, or dismissed with a reason.",
	ru: 'Цифры о промышленности Кыргызстана, собранные из русскоязычных новостных статей. Каждая цифра хранит точное предложение, в котором она названа, и статью, из которой она взята, и каждое число, найденное в статье, учтено: это факт или оно отклонено с указанием причины.'
};

/** The CSV format of the four tables, as the curation script writes them. */
export const formatNotes: Record<Locale, string[]> = {
	en: [
		'UTF-8 without a byte-order mark, comma-separated, one header row, records ending in CRLF, fields quoted only where needed (RFC 4180). Some spreadsheet programs need to be told the encoding on import.',
		'An empty cell means unknown or not applicable: null in a nullable column, empty text in a text column. Booleans are `true` and `false`; numbers use a dot for decimals.',
		'Offsets are JavaScript string indices (UTF-16 code units) into `articles.text`: `text.slice(quote_start, quote_end)` is the quote.',
		'A plan, a target or a promise is not an actual: never add up facts of different `status`.'
	],
	ru: [
		'Кодировка UTF-8 без метки порядка байтов, разделитель — запятая, одна строка заголовка, строки оканчиваются CRLF, кавычки только там, где они нужны (RFC 4180). Некоторым табличным программам кодировку нужно указать при импорте.',
		'Пустая ячейка означает «неизвестно» или «неприменимо»: пустое значение в столбце, который его допускает, пустой текст в текстовом столбце. Логические значения — `true` и `false`; в числах дробная часть отделяется точкой.',
		'Смещения — номера символов строки в JavaScript (кодовые единицы UTF-16) в `articles.text`: `text.slice(quote_start, quote_end)` — это цитата.',
		'План, цель или обещание — не фактическое значение: никогда не складывайте факты с разным `status`.'
	]
};
