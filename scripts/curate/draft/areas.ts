/** The area a sentence is about, ISO 3166-2, from the places it names; the country by default. */
const places: [RegExp, string][] = [
	[/бишкек|столиц/i, 'KG-GB'],
	[/(?:^|[^а-яё])ош(?:е|а|у|ом)?(?![а-яё])/i, 'KG-GO'],
	[/чуйск/i, 'KG-C'],
	[/иссык-кул/i, 'KG-Y'],
	[/нарын/i, 'KG-N'],
	[/талас/i, 'KG-T'],
	[/джалал-абад|жалал-абад/i, 'KG-J'],
	[/баткен/i, 'KG-B'],
	[/ошск(?:ой|ая|ую) област/i, 'KG-O']
];

export function draftArea(sentence: string): string {
	const oblast = places.find(([re, code]) => code === 'KG-O' && re.test(sentence));
	if (oblast) return 'KG-O';
	return places.find(([re]) => re.test(sentence))?.[1] ?? 'KG';
}
