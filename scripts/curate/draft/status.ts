/**
 * The status of a figure (actual, plan, target, promise, event, baseline) guessed from the Russian
 * words around it: a first guess for a draft curation file, which a person reviews.
 *
 * Negation does not change the status: «не планирует закрывать 5 цехов» is still a statement about
 * plans and «экспорт не вырос и составил 90 млн» still an actual figure. The cue keeps its «не» so
 * that the reviewer sees it.
 */
import type { Status } from '../../../src/lib/server/schema';
import { spanAround, type Span } from './span-around';

export interface DraftedStatus {
	status: Status;
	/** The words the status was read from, as the sentence writes them; null for the default. */
	cue: string | null;
}

// Lowercase code unit by code unit, so that offsets into the folded text are offsets into the
// sentence (String#toLowerCase may lengthen a few characters, such as İ); ё is е.
function fold(text: string): string {
	return text.replace(/[^]/g, (c) => {
		if (c === 'ё' || c === 'Ё') return 'е';
		const lower = c.toLowerCase();
		return lower.length === 1 ? lower : c;
	});
}

/**
 * How strongly a cue decides. A forward-looking cue governs the verb after it («будет произведено»,
 * «планирует открыть»); a specific verb beats the catch-all past tense.
 */
const Tier = { Forward: 0, Specific: 1, PastTense: 2 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

/**
 * Cue patterns over folded text: a space stands for any white space and `*` for the rest of a word.
 * Each pattern is a whole word or phrase (explicit Cyrillic boundaries: Cyrillic letters are not
 * `\w` in a JS regex).
 */
const cues: [Status, Tier, string[]][] = [
	[
		'plan',
		Tier.Forward,
		[
			'(?:за)?планир*',
			'в планах',
			'о планах',
			'планы',
			'по плану',
			'рассчитыва*',
			'намерен(?:а|ы|о)?',
			'намерева*',
			'ожида*',
			'прогноз*',
			'предполага*',
			'предусматрива*',
			'предусмотрен*',
			'собира(?:ется|ются|лся|лась|лись)',
			'предстоит',
			'позвол(?:ит|ят)',
			'будет',
			'будут',
			'будем',
			'станет',
			'станут',
			'должен',
			'должн(?:а|о|ы)',
			// Perfective verbs in the future tense: what will be done.
			'составит',
			'составят',
			'вырастет',
			'вырастут',
			'увеличит(?:ся)?',
			'увеличат(?:ся)?',
			'сократит(?:ся)?',
			'сократят(?:ся)?',
			'снизит(?:ся)?',
			'снизят(?:ся)?',
			'достигнет',
			'превысит',
			'закупит',
			'закупят',
			'построит',
			'построят',
			'откроет(?:ся)?',
			'откроют(?:ся)?',
			'выпустит',
			'выпустят',
			'произведет',
			'произведут',
			'запустит',
			'запустят',
			'получит',
			'получат',
			'создаст',
			'создадут',
			'поставит',
			'поставят',
			'выделит',
			'выделят',
			'направит',
			'направят',
			'привлечет',
			'привлекут',
			'обеспечит',
			'обеспечат',
			'появит(?:ся)?',
			'появятся',
			'заработает',
			'заработают',
			'начнет',
			'начнут',
			'приобретет',
			'приобретут'
		]
	],
	[
		'promise',
		Tier.Forward,
		[
			'(?:по)?обеща(?:ет|ют|л|ла|ли|ло|ние|ния|нию|нием)',
			'обязу(?:ется|ются)',
			'обязал(?:ся|ась|ись|ось)',
			'взял* на себя обязательств*',
			'завери(?:л|ла|ли)',
			'заверя(?:ет|ют)',
			'гарантир*'
		]
	],
	[
		'target',
		Tier.Forward,
		[
			'цел(?:ь|и|ью|ей|ям|ями|ях)',
			'целев*',
			'задач(?:а|и|у|ей|ами|ах)?',
			'ориентир*',
			'довест*',
			'доведен*',
			'выйти на',
			'выход* на',
			'достичь',
			'достигнуть',
			'достижени*',
			// A strategy's «предусматривает» sets a target; without it, a plan (above).
			'(?:стратеги|концепци|программ)* (?:[а-я]+ ){0,4}?предусматрива*'
		]
	],
	[
		'event',
		Tier.Specific,
		[
			'начал(?:а|о|и)? (?:свою )?работ*',
			'открыл(?:ся|ась|ось|ись)',
			'подписал*',
			'подписан(?:о|а|ы)?',
			'запущен(?:о|а|ы)?',
			'запустил*',
			'стартовал*',
			'введен(?:о|а|ы)? в эксплуатацию',
			'ввел(?:а|и)? в эксплуатацию',
			'состоял(?:ся|ась|ось|ись)',
			'презентовал*'
		]
	],
	[
		'actual',
		Tier.Specific,
		[
			'составил*',
			'составля*',
			'вырос(?:ла|ло|ли)?',
			'увеличил*',
			'снизил*',
			'сократил*',
			'уменьшил*',
			'упал(?:а|о|и)?',
			'закрыл*',
			'закрыт(?:о|а|ы)?',
			'собрал*',
			'собран(?:о|а|ы)?',
			'поступил*',
			'поступа(?:ет|ют)',
			'поставил*',
			'поставлен(?:о|а|ы)?',
			'поставля(?:ет|ют)',
			'произвел*',
			'произведен(?:о|а|ы)?',
			'производит',
			'производят',
			'выпустил*',
			'выпущен(?:о|а|ы)?',
			'выпуска(?:ет|ют)',
			'экспортировал*',
			'экспортирован(?:о|а|ы)?',
			'экспортиру(?:ет|ют)',
			'импортировал*',
			'импортирован(?:о|а|ы)?',
			'открыт(?:о|а|ы)?',
			'зарегистрирован(?:о|а|ы)?',
			'зарегистрировал*',
			'создан(?:о|а|ы)?',
			'создал*',
			'построен(?:о|а|ы)?',
			'построил*',
			'продан(?:о|а|ы)?',
			'продал*',
			'закуплен(?:о|а|ы)?',
			'закупил*',
			'привлечен(?:о|а|ы)?',
			'привлек(?:ла|ли|ло)?',
			'реализован(?:о|а|ы)?',
			'заключен(?:о|а|ы)?',
			'достиг(?:ла|ли|ло)?',
			'достига(?:ет|ют)',
			'превысил*',
			'превыша(?:ет|ют)',
			'насчитыва*',
			'работа(?:ет|ют)',
			'действу(?:ет|ют)',
			'функционир*',
			'труд(?:ится|ятся)',
			'занят(?:о|ы)?',
			'имеется',
			'имеются',
			'зафиксирован*',
			'выделен(?:о|а|ы)?',
			'выделил*',
			'получил*',
			'был(?:а|о|и)?'
		]
	]
];

/** Word edges: any Cyrillic letter (Kyrgyz ң, ө, ү too), Latin letter or digit continues a word. */
const LETTER = 'a-z0-9\\u0400-\\u04ff';
const B = `(?<![${LETTER}])`;
const E = `(?![${LETTER}])`;

const compile = (pattern: string) =>
	pattern.replaceAll('*', '[а-я]*').replaceAll(' ', String.raw`\s+`);

const cueForms = cues.map(
	([status, tier, patterns]) =>
		[status, tier, new RegExp(`${B}(?:${patterns.map(compile).join('|')})${E}`, 'g')] as const
);

/**
 * The past tense in general («выросло», «закрылись», «отправили»), for verbs no list names. Nouns
 * that end like a past-tense verb, and verbs of saying («заявил», «сообщила»), which tell who
 * speaks rather than what happened to the figure, are not cues.
 */
const pastTense = new RegExp(`${B}[а-я]{2,}[аеиоуыя]л(?:а|о|и|ся|ась|ось|ись)?${E}`, 'g');
const notPastTense = new RegExp(
	'^(?:' +
		[
			'[а-я]*тел[иь]',
			'(?:капитал|потенциал|материал|персонал|квартал|канал|сигнал|финал|журнал|терминал|минерал|арсенал|интервал|идеал|генерал|провал|зал)(?:а|ы|и|о)?',
			'начал[оа]',
			'(?:от|раз|пре)?дел[аои]?',
			'(?:мод|нед|ц|пан|меб|от|парал)ели',
			'(?:автомоб|ст)или',
			'или',
			'(?:не)?мало',
			'сила',
			'каракол[аеу]?',
			'джалал',
			'правило',
			'стали',
			'числа',
			// verbs of saying
			'(?:за)?явил[а-я]*',
			'(?:со)?общил[а-я]*',
			'(?:от|под)?метил[а-я]*',
			'(?:рас|под)?сказал[а-я]*',
			'подчеркнул[а-я]*',
			'пояснил[а-я]*',
			'уточнил[а-я]*',
			'добавил[а-я]*',
			'напомнил[а-я]*',
			'(?:с|пере)?говорил[а-я]*',
			'указал[а-я]*',
			'назвал[а-я]*',
			'признал[а-я]*',
			'поделил[а-я]*',
			'(?:про)?информировал[а-я]*',
			'констатировал[а-я]*',
			'отчитал[а-я]*',
			'ответил[а-я]*',
			'прокомментировал[а-я]*',
			'подтвердил[а-я]*',
			'озвучил[а-я]*',
			'привел[а-я]*',
			'считал[а-я]*',
			'выступил[а-я]*',
			'написал[а-я]*'
		].join('|') +
		')$'
);

interface Cue {
	start: number;
	end: number;
	status: Status;
	tier: Tier;
}

function findCues(folded: string): Cue[] {
	const found: Cue[] = [];
	for (const [status, tier, re] of cueForms) {
		for (const m of folded.matchAll(re)) {
			found.push({ start: m.index, end: m.index + m[0].length, status, tier });
		}
	}
	for (const m of folded.matchAll(pastTense)) {
		if (notPastTense.test(m[0])) continue;
		const start = m.index;
		const end = start + m[0].length;
		found.push({ start, end, status: 'actual', tier: Tier.PastTense });
	}
	// A cue inside a longer one is part of it: «предусматривает» in «стратегия предусматривает».
	return found.filter(
		(c) =>
			!found.some(
				(o) =>
					o !== c &&
					o.start <= c.start &&
					o.end >= c.end &&
					(o.end - o.start > c.end - c.start || o.tier < c.tier)
			)
	);
}

/**
 * The clause of the figure: commas before a space (not decimal commas), semicolons, colons,
 * brackets, dashes between spaces and the conjunctions «и», «а», «но», «однако».
 */
function clauseAround(folded: string, at: number): Span {
	return spanAround(folded, at, /,(?=\s)|[;:()]|\s[—–-]\s|\s(?:и|а|но|однако|тогда\s+как)\s/g);
}

const distance = (c: Cue, at: number) =>
	c.end <= at ? at - c.end : c.start >= at ? c.start - at : 0;

const nearest = (candidates: Cue[], at: number) =>
	[...candidates].sort((a, b) => distance(a, at) - distance(b, at) || a.start - b.start)[0];

/**
 * The cue that decides the figure's status. In its clause: the nearest forward-looking or specific
 * cue, unless a forward-looking one comes before both it and the figure («будет произведено 500»);
 * the bare past tense only when nothing else is there. A clause without cues («из них 200 — для
 * Бишкека») takes the nearest cue in the sentence.
 */
function decidingCue(folded: string, at: number): Cue | undefined {
	const all = findCues(folded);
	const clause = clauseAround(folded, at);
	const inClause = all.filter((c) => c.start >= clause.start && c.end <= clause.end);
	for (const candidates of [inClause, all]) {
		const named = candidates.filter((c) => c.tier !== Tier.PastTense);
		const pick = nearest(named.length > 0 ? named : candidates, at);
		if (!pick) continue;
		if (candidates !== inClause || pick.tier === Tier.Forward) return pick;
		const governing = inClause.filter(
			(c) => c.tier === Tier.Forward && c.end <= pick.start && c.end <= at
		);
		return nearest(governing, at) ?? pick;
	}
	return undefined;
}

/** The sentence's words for a cue, with a «не» right before it. */
function cueText(sentence: string, folded: string, cue: Cue): string {
	const negated = new RegExp(`${B}не\\s+$`).exec(folded.slice(0, cue.start));
	return sentence.slice(negated ? negated.index : cue.start, cue.end);
}

/**
 * «с 16% до 25%»: when the figure is the «с» end of such a pair, where the «с … до» starts and ends.
 * A word such as «нынешних» or «уровня» may stand between «с» and the figure.
 */
function fromEndOfPair(
	folded: string,
	at: number,
	clauseEnd: number
): { start: number; end: number } | null {
	const before = new RegExp(
		String.raw`${B}со?\s+(?:(?:нынешн|текущ|сегодняшн|прежн|уровн|отметк)[а-я]*\s+)?$`
	);
	const from = before.exec(folded.slice(0, at));
	if (!from) return null;
	const number = String.raw`(?:\d|(?:одн|дв|тр|четыр|пят|шест|сем|восем|девят|десят|сорок|сто|двест|трист|половин|трет|четверт)[а-я]*${E})`;
	const after = new RegExp(String.raw`${B}до(?=\s+(?:(?:уровня|отметки)\s+)?${number})`);
	const to = after.exec(folded.slice(at, clauseEnd));
	return to ? { start: from.index, end: at + to.index + 2 } : null;
}

/**
 * The status of the figure at `figureStart` in `sentence`, from the cue nearest to it (see
 * `decidingCue`); `actual` with no cue when the sentence has none. The «с» end of a «с X до Y» pair
 * stated as a plan, target or promise is its baseline (cue: the «с X до»); the «до» end keeps that
 * status.
 */
export function draftStatus(sentence: string, figureStart: number): DraftedStatus {
	const folded = fold(sentence);
	// A promise governs all that follows it: «пообещал, что до конца года город получит 150».
	const promise = findCues(folded).find((c) => c.status === 'promise' && c.end <= figureStart);
	const cue = promise ?? decidingCue(folded, figureStart);
	if (!cue) return { status: 'actual', cue: null };
	if (cue.tier === Tier.Forward) {
		const pair = fromEndOfPair(folded, figureStart, clauseAround(folded, figureStart).end);
		if (pair) return { status: 'baseline', cue: sentence.slice(pair.start, pair.end) };
	}
	return { status: cue.status, cue: cueText(sentence, folded, cue) };
}
