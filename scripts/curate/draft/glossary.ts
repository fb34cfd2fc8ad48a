/**
 * English words and sectors for the Russian stems of industry news: what a proposed indicator is
 * named after when no existing one fits. A reviewer corrects the names; the glossary only has to
 * give a readable first guess offline.
 */
import type { Sector } from '../../../src/lib/server/schema';

/** Stem → [English noun (plural for counted things), sector]. */
export const nouns: Record<string, [string, Sector]> = {
	автобус: ['buses', 'automotive'],
	троллейбус: ['trolleybuses', 'automotive'],
	автомобил: ['cars', 'automotive'],
	машин: ['vehicles', 'automotive'],
	грузовик: ['trucks', 'automotive'],
	трактор: ['tractors', 'machinery'],
	техник: ['machines', 'machinery'],
	машиностроен: ['machine building', 'machinery'],
	сборк: ['assembly', 'automotive'],
	цех: ['workshops', 'light_industry'],
	швейн: ['garment', 'light_industry'],
	одежд: ['garments', 'light_industry'],
	текстил: ['textiles', 'light_industry'],
	ткан: ['fabric', 'light_industry'],
	трикотаж: ['knitwear', 'light_industry'],
	обув: ['footwear', 'light_industry'],
	предприят: ['enterprises', 'manufacturing'],
	завод: ['plants', 'manufacturing'],
	фабрик: ['factories', 'manufacturing'],
	производств: ['production', 'manufacturing'],
	продукц: ['output', 'manufacturing'],
	выпуск: ['output', 'manufacturing'],
	цемент: ['cement', 'manufacturing'],
	рабоч: ['jobs', 'manufacturing'],
	мест: ['jobs', 'manufacturing'],
	сотрудник: ['employees', 'manufacturing'],
	работник: ['workers', 'manufacturing'],
	человек: ['people', 'manufacturing'],
	инвестиц: ['investment', 'manufacturing'],
	инвест: ['investment', 'manufacturing'],
	влож: ['investment', 'manufacturing'],
	вложен: ['investment', 'manufacturing'],
	кредит: ['loans', 'manufacturing'],
	проект: ['projects', 'manufacturing'],
	парк: ['parks', 'manufacturing'],
	экспорт: ['exports', 'trade'],
	импорт: ['imports', 'trade'],
	товарооборот: ['trade turnover', 'trade'],
	поставк: ['deliveries', 'trade'],
	соглашен: ['agreements', 'trade'],
	договор: ['contracts', 'trade'],
	контракт: ['contracts', 'trade'],
	меморандум: ['memoranda', 'trade'],
	стоимост: ['cost', 'trade'],
	цен: ['price', 'trade'],
	тариф: ['tariff', 'trade'],
	перевоз: ['transport', 'logistics'],
	маршрут: ['routes', 'logistics'],
	логист: ['logistics', 'logistics'],
	груз: ['freight', 'logistics'],
	дол: ['share', 'manufacturing']
};

/**
 * Stem → unit: words of measure that stand between a number and what it measures («1,2 млн тонн
 * цемента»). The unit is the measure; the thing measured is the noun after it.
 */
export const measures: Record<string, string> = {
	тонн: 'tonnes',
	кубометр: 'cubic_metres',
	гектар: 'hectares',
	литр: 'litres',
	киловатт: 'kwh',
	мегаватт: 'mw',
	квадратн: 'square_metres',
	километр: 'km'
};

/** Stem → English participle: what happened to the counted thing. */
export const verbs: Record<string, string> = {
	поступил: 'delivered',
	поступ: 'delivered',
	постав: 'delivered',
	закуп: 'purchased',
	приобрет: 'purchased',
	куп: 'purchased',
	произвед: 'produced',
	произвел: 'produced',
	выпуст: 'produced',
	выпуск: 'produced',
	собра: 'assembled',
	собран: 'assembled',
	экспортир: 'exported',
	вывез: 'exported',
	импортир: 'imported',
	ввез: 'imported',
	открыт: 'opened',
	открыл: 'opened',
	закрыл: 'closed',
	закрыт: 'closed',
	создан: 'created',
	созда: 'created',
	подписа: 'signed',
	заключ: 'signed',
	вложен: 'invested',
	инвестир: 'invested',
	привлеч: 'attracted',
	выдел: 'allocated',
	построен: 'built',
	постро: 'built',
	запущ: 'launched',
	запуст: 'launched',
	работа: 'operating',
	действ: 'operating'
};

export function lookup<T>(table: Record<string, T>, stemmed: string): T | undefined {
	for (let n = stemmed.length; n >= 3; n--) {
		const hit = table[stemmed.slice(0, n)];
		if (hit !== undefined) return hit;
	}
	return undefined;
}
