import type { HeldOutCase } from './held-out-case';

/**
 * Held-out sentences with the forms the extractor has long read: grouped digits, decimal commas,
 * multipliers, number words, ranges, percents, currencies, years, qualifier words before the
 * number, and the dates, times, ordinals, labels and phones that are not numbers at all.
 */
export const oldForms: HeldOutCase[] = [
	// Digits, thousands groups, decimal commas, multipliers.
	{
		text: 'В 2025 году швейные предприятия Кыргызстана выпустили продукции на 12,4 млрд сомов.',
		figures: [
			{ figure: '2025 году', value: 2025, unit: 'year', qualifier: 'exact' },
			{ figure: '12,4 млрд сомов', value: 12400000000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Мэрия Бишкека закупит 120 новых автобусов, а еще 35 машин получит Ош.',
		figures: [
			{ figure: '120', value: 120, unit: null, qualifier: 'exact' },
			{ figure: '35', value: 35, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'За январь–июнь комбинат отгрузил потребителям 150 000 тонн угольного концентрата.',
		figures: [{ figure: '150 000', value: 150000, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Площадь нового логистического центра в Кара-Балте составит 24\u00a0000 квадратных метров.',
		figures: [{ figure: '24\u00a0000', value: 24000, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'По данным Нацстаткома, в Чуйской области проживают 1\u202f034\u202f500 человек.',
		figures: [{ figure: '1\u202f034\u202f500', value: 1034500, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'В Джалал-Абадской области зарегистрированы 12 345 индивидуальных предпринимателей.',
		figures: [{ figure: '12 345', value: 12345, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Стипендия для студентов профессиональных лицеев составит 1\u00a0500 сомов в месяц.',
		figures: [{ figure: '1\u00a0500 сомов', value: 1500, unit: 'KGS', qualifier: 'exact' }]
	},
	{
		text: 'Годовая инфляция в Кыргызстане по итогам декабря составила 6,3%.',
		figures: [{ figure: '6,3%', value: 6.3, unit: 'percent', qualifier: 'exact' }]
	},
	{
		text: 'Среднемесячная зарплата в горнодобывающей отрасли составила 68,5 тыс. сомов.',
		figures: [{ figure: '68,5 тыс. сомов', value: 68500, unit: 'KGS', qualifier: 'exact' }]
	},
	{
		text: 'Бюджет программы поддержки фермеров — 3 млрд сомов, из них 800 млн сомов пойдут на льготные кредиты.',
		figures: [
			{ figure: '3 млрд сомов', value: 3000000000, unit: 'KGS', qualifier: 'exact' },
			{ figure: '800 млн сомов', value: 800000000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Производство электроэнергии в 2024 году составило 15,6 млрд кВт·ч.',
		figures: [
			{ figure: '2024 году', value: 2024, unit: 'year', qualifier: 'exact' },
			{ figure: '15,6 млрд', value: 15600000000, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Мощность новой солнечной электростанции на Иссык-Куле — 300 МВт.',
		figures: [{ figure: '300', value: 300, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'В Иссык-Кульской области собрали 92,3 тыс. тонн картофеля, это на 4,1% больше, чем годом ранее.',
		figures: [
			{ figure: '92,3 тыс.', value: 92300, unit: null, qualifier: 'exact' },
			{ figure: '4,1%', value: 4.1, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Горнорудные компании в 2025 году перечислили в бюджет 34 млрд сомов налогов.',
		figures: [
			{ figure: '2025 году', value: 2025, unit: 'year', qualifier: 'exact' },
			{ figure: '34 млрд сомов', value: 34000000000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Уровень зарегистрированной безработицы в стране составляет 5 процентов, сообщили в Минтруда.',
		figures: [{ figure: '5 процентов', value: 5, unit: 'percent', qualifier: 'exact' }]
	},

	// Currencies.
	{
		text: 'Объем прямых иностранных инвестиций в экономику республики достиг 1,1 млрд долларов.',
		figures: [{ figure: '1,1 млрд долларов', value: 1100000000, unit: 'USD', qualifier: 'exact' }]
	},
	{
		text: 'За полгода Кыргызстан ввез из Китая товаров на $2,3 млрд.',
		figures: [{ figure: '$2,3 млрд', value: 2300000000, unit: 'USD', qualifier: 'exact' }]
	},
	{
		text: 'Поставки кыргызской фасоли в Турцию принесли экспортерам 18 млн долларов США.',
		figures: [{ figure: '18 млн долларов США', value: 18000000, unit: 'USD', qualifier: 'exact' }]
	},
	{
		text: 'Стоимость модернизации насосных станций в Чуйской долине оценивается в 45 млн евро.',
		figures: [{ figure: '45 млн евро', value: 45000000, unit: 'EUR', qualifier: 'exact' }]
	},
	{
		text: 'Денежные переводы трудовых мигрантов из России за девять месяцев составили 210 млрд рублей.',
		figures: [
			{ figure: 'девять', value: 9, unit: null, qualifier: 'exact' },
			{ figure: '210 млрд рублей', value: 210000000000, unit: 'RUB', qualifier: 'exact' }
		]
	},
	{
		text: 'Белорусский завод поставит в Бишкек 40 тракторов на общую сумму 5,6 млн белорусских рублей.',
		figures: [
			{ figure: '40', value: 40, unit: null, qualifier: 'exact' },
			{
				figure: '5,6 млн белорусских рублей',
				value: 5600000,
				unit: 'BYN',
				qualifier: 'exact'
			}
		]
	},
	{
		text: 'Минский автозавод готов продавать городу автобусы по цене 420 тыс. BYN за машину.',
		figures: [{ figure: '420 тыс. BYN', value: 420000, unit: 'BYN', qualifier: 'exact' }]
	},
	{
		text: 'Казахстанский холдинг вложит в строительство элеватора в Таласе 2,5 млрд тенге.',
		figures: [{ figure: '2,5 млрд тенге', value: 2500000000, unit: 'KZT', qualifier: 'exact' }]
	},
	{
		text: 'На реконструкцию подстанций китайский банк выделил кредит в 300 млн юаней.',
		figures: [{ figure: '300 млн юаней', value: 300000000, unit: 'CNY', qualifier: 'exact' }]
	},
	{
		text: 'Госдолг Кыргызстана составил 6,4 млрд долларов, или около 40% ВВП.',
		figures: [
			{ figure: '6,4 млрд долларов', value: 6400000000, unit: 'USD', qualifier: 'exact' },
			{ figure: '40%', value: 40, unit: 'percent', qualifier: 'approx' }
		]
	},
	{
		text: 'Проект теплицы в Сокулуке обойдется инвестору в два миллиона долларов.',
		figures: [{ figure: 'два миллиона долларов', value: 2000000, unit: 'USD', qualifier: 'exact' }]
	},
	{
		text: 'В 2025 г. внешнеторговый оборот страны вырос на 12,5% и составил 15,2 млрд долл.',
		figures: [
			{ figure: '2025 г.', value: 2025, unit: 'year', qualifier: 'exact' },
			{ figure: '12,5%', value: 12.5, unit: 'percent', qualifier: 'exact' },
			{ figure: '15,2 млрд долл.', value: 15200000000, unit: 'USD', qualifier: 'exact' }
		]
	},

	// Number words in every case and gender.
	{
		text: 'На предприятии работают три смены по сорок два человека.',
		figures: [
			{ figure: 'три', value: 3, unit: null, qualifier: 'exact' },
			{ figure: 'сорок два', value: 42, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Строительство цементного завода в Баткенской области займет около трех лет.',
		figures: [{ figure: 'трех', value: 3, unit: null, qualifier: 'approx' }]
	},
	{
		text: 'Соглашение о совместной переработке хлопка подписали представители трёх стран.',
		figures: [{ figure: 'трёх', value: 3, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Фабрика в Кара-Суу работает с тремя крупными заказчиками из Казахстана.',
		figures: [{ figure: 'тремя', value: 3, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'В механическом цехе установили двадцать пять новых станков с ЧПУ.',
		figures: [{ figure: 'двадцать пять', value: 25, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Льготные кредиты получили более ста фермерских хозяйств Нарынской области.',
		figures: [{ figure: 'ста', value: 100, unit: null, qualifier: 'more_than' }]
	},
	{
		text: 'По условиям договора инвестор должен создать не менее пятидесяти рабочих мест.',
		figures: [{ figure: 'пятидесяти', value: 50, unit: null, qualifier: 'at_least' }]
	},
	{
		text: 'Реконструкция дороги к руднику продлится полтора года.',
		figures: [{ figure: 'полтора', value: 1.5, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'На сезонные работы в садах Баткена привлекли полторы тысячи человек.',
		figures: [{ figure: 'полторы тысячи', value: 1500, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Инвестор построит две обогатительные фабрики и одну электроподстанцию.',
		figures: [
			{ figure: 'две', value: 2, unit: null, qualifier: 'exact' },
			{ figure: 'одну', value: 1, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'На двух рудниках компании за год добыли пять тонн золота.',
		figures: [
			{ figure: 'двух', value: 2, unit: null, qualifier: 'exact' },
			{ figure: 'пять', value: 5, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Правительство выдаст субсидии шестидесяти предприятиям легкой промышленности.',
		figures: [{ figure: 'шестидесяти', value: 60, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Каждый из восьми новых троллейбусов вмещает до ста пассажиров.',
		figures: [
			{ figure: 'восьми', value: 8, unit: null, qualifier: 'exact' },
			{ figure: 'ста', value: 100, unit: null, qualifier: 'up_to' }
		]
	},
	{
		text: 'Фермеры Таласа отправили на экспорт тридцать две тысячи тонн фасоли.',
		figures: [{ figure: 'тридцать две тысячи', value: 32000, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Первый кыргызский электробус собрали в Бишкеке за сорок дней.',
		figures: [{ figure: 'сорок', value: 40, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Швейная компания заключила договоры о кредитовании с пятью банками.',
		figures: [{ figure: 'пятью', value: 5, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'На ярмарке в Оше представили продукцию более двухсот местных предприятий.',
		figures: [{ figure: 'двухсот', value: 200, unit: null, qualifier: 'more_than' }]
	},
	{
		text: 'Микрокредиты на покупку семян выдаются на срок до девяноста дней.',
		figures: [{ figure: 'девяноста', value: 90, unit: null, qualifier: 'up_to' }]
	},

	// Ranges.
	{
		text: 'С начала года цены на цемент на строительных рынках выросли на 20–25%.',
		figures: [{ figure: '20–25%', value: 20, value_max: 25, unit: 'percent', qualifier: 'range' }]
	},
	{
		text: 'Средний чек в сетевых продуктовых магазинах составляет 800-1200 сомов.',
		figures: [
			{ figure: '800-1200 сомов', value: 800, value_max: 1200, unit: 'KGS', qualifier: 'range' }
		]
	},
	{
		text: 'Ежемесячно швейный цех отшивает от 5 до 7 тысяч изделий.',
		figures: [
			{ figure: '5 до 7 тысяч', value: 5000, value_max: 7000, unit: null, qualifier: 'range' }
		]
	},
	{
		text: 'Стоимость патента для владельца швейной мастерской — от 1 тыс. до 3 тыс. сомов в месяц.',
		figures: [
			{
				figure: '1 тыс. до 3 тыс. сомов',
				value: 1000,
				value_max: 3000,
				unit: 'KGS',
				qualifier: 'range'
			}
		]
	},
	{
		text: 'Тарифы на тепло для населения планируется повышать ежегодно на 10–15 процентов.',
		figures: [
			{ figure: '10–15 процентов', value: 10, value_max: 15, unit: 'percent', qualifier: 'range' }
		]
	},
	{
		text: 'Окупаемость завода по переработке шерсти, по оценкам экспертов, составит пять-семь лет.',
		figures: [{ figure: 'пять-семь', value: 5, value_max: 7, unit: null, qualifier: 'range' }]
	},
	{
		text: 'Каждая семейная швейная мастерская нанимает на сезон двух-трех работников.',
		figures: [{ figure: 'двух-трех', value: 2, value_max: 3, unit: null, qualifier: 'range' }]
	},

	// Years.
	{
		text: 'В 2022–2023 годах в республике открылись 14 новых текстильных фабрик.',
		figures: [
			{ figure: '2022–2023 годах', value: 2022, value_max: 2023, unit: 'year', qualifier: 'range' },
			{ figure: '14', value: 14, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'В январе 2026 года промышленное производство выросло на 7,8%.',
		figures: [
			{ figure: '2026 года', value: 2026, unit: 'year', qualifier: 'exact' },
			{ figure: '7,8%', value: 7.8, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'В январе 2026 разрез «Кара-Кече» выдал 410 тыс. тонн угля.',
		figures: [
			{ figure: '2026', value: 2026, unit: 'year', qualifier: 'exact' },
			{ figure: '410 тыс.', value: 410000, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'В 2024 и 2025 годах государство выделило на закупку сельхозтехники 1,8 млрд сомов.',
		figures: [
			{ figure: '2024', value: 2024, unit: 'year', qualifier: 'exact' },
			{ figure: '2025 годах', value: 2025, unit: 'year', qualifier: 'exact' },
			{ figure: '1,8 млрд сомов', value: 1800000000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Около 3,5 тыс. тонн меда было экспортировано в Китай в 2023 году.',
		figures: [
			{ figure: '3,5 тыс.', value: 3500, unit: null, qualifier: 'approx' },
			{ figure: '2023 году', value: 2023, unit: 'year', qualifier: 'exact' }
		]
	},

	// Qualifier words before the number.
	{
		text: 'Свыше 60% продукции швейной отрасли уходит в Россию и Казахстан.',
		figures: [{ figure: '60%', value: 60, unit: 'percent', qualifier: 'more_than' }]
	},
	{
		text: 'Порядка 200 тысяч граждан Кыргызстана заняты в швейном производстве.',
		figures: [{ figure: '200 тысяч', value: 200000, unit: null, qualifier: 'approx' }]
	},
	{
		text: 'Почти 40 процентов электроэнергии страна потребляет в зимние месяцы.',
		figures: [{ figure: '40 процентов', value: 40, unit: 'percent', qualifier: 'approx' }]
	},
	{
		text: 'Менее 5% пахотных земель Ошской области орошается капельным способом.',
		figures: [{ figure: '5%', value: 5, unit: 'percent', qualifier: 'less_than' }]
	},
	{
		text: 'Гарантийный фонд покрывает не более 50% суммы кредита.',
		figures: [{ figure: '50%', value: 50, unit: 'percent', qualifier: 'up_to' }]
	},
	{
		text: 'Около 70 швейных цехов Бишкека получили льготные кредиты на сумму 250 млн сомов.',
		figures: [
			{ figure: '70', value: 70, unit: null, qualifier: 'approx' },
			{ figure: '250 млн сомов', value: 250000000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Автосборочный завод мощностью до 10 тыс. машин в год построят в Чуйской области.',
		figures: [{ figure: '10 тыс.', value: 10000, unit: null, qualifier: 'up_to' }]
	},
	{
		text: 'Налоговые льготы для экспортеров одежды будут действовать до 2028 года.',
		figures: [{ figure: '2028 года', value: 2028, unit: 'year', qualifier: 'up_to' }]
	},
	{
		text: 'Сборочная линия в Бишкеке рассчитана на выпуск до 300 автобусов в год.',
		figures: [{ figure: '300', value: 300, unit: null, qualifier: 'up_to' }]
	},
	{
		text: 'Опытным швеям в новых цехах обещают зарплату до 50 тысяч сомов в месяц.',
		figures: [{ figure: '50 тысяч сомов', value: 50000, unit: 'KGS', qualifier: 'up_to' }]
	},

	// Dates, times, ordinals, labels, phones: not numbers.
	{
		text: 'Новые тарифы на электроэнергию вступают в силу 1 марта.',
		figures: []
	},
	{
		text: 'Решение о повышении ввозных пошлин на сахар вступит в силу 1 марта 2026 года.',
		figures: [{ figure: '2026 года', value: 2026, unit: 'year', qualifier: 'exact' }]
	},
	{
		text: 'С 1 апреля 2026 года тариф для промышленных потребителей составит 2,64 сома за киловатт-час.',
		figures: [
			{ figure: '2026 года', value: 2026, unit: 'year', qualifier: 'exact' },
			{ figure: '2,64 сома', value: 2.64, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Отчет о социально-экономическом положении опубликован 31.01.2026 на сайте Нацстаткома.',
		figures: []
	},
	{
		text: 'Брифинг министра энергетики начнется в 10:30 в Доме правительства.',
		figures: []
	},
	{
		text: 'На 5-й линии сборочного цеха начали выпуск электробусов.',
		figures: []
	},
	{
		text: 'Большинство станков на фабрике выпущены еще в 1990-х.',
		figures: []
	},
	{
		text: 'Угольный разрез получил партию тягачей КамАЗ-5490.',
		figures: []
	},
	{
		text: 'Автобусы маршрута № 5 переведут на сжатый газ.',
		figures: []
	},
	{
		text: 'Справки о программе льготного кредитования можно получить по телефону +996 312 62 11 11.',
		figures: []
	},
	{
		text: 'Один из крупнейших сахарных заводов страны возобновил работу.',
		figures: []
	},
	{
		text: 'Тысячи фермеров ждут субсидий на дизельное топливо.',
		figures: []
	}
];
