import type { HeldOutCase } from './held-out-case';

/**
 * Held-out sentences with the forms the extractor is learning: qualifiers carried by verbs and set
 * phrases, «до» after a change (the new level, exact) against «до» that bounds, ratios, percentage
 * points, fractions in words, and numbers that name a standard, a model, an address or a document.
 */
export const newForms: HeldOutCase[] = [
	// Qualifiers carried by verbs and set phrases.
	{
		text: 'Расходы республиканского бюджета на энергетику превышают 4 млрд сомов.',
		figures: [{ figure: '4 млрд сомов', value: 4000000000, unit: 'KGS', qualifier: 'more_than' }]
	},
	{
		text: 'Экспорт швейных изделий в 2025 году превысил 300 млн долларов.',
		figures: [
			{ figure: '2025 году', value: 2025, unit: 'year', qualifier: 'exact' },
			{ figure: '300 млн долларов', value: 300000000, unit: 'USD', qualifier: 'more_than' }
		]
	},
	{
		text: 'По прогнозу Минэкономики, приток инвестиций в 2026 году превысит 1,5 млрд долларов.',
		figures: [
			{ figure: '2026 году', value: 2026, unit: 'year', qualifier: 'exact' },
			{ figure: '1,5 млрд долларов', value: 1500000000, unit: 'USD', qualifier: 'more_than' }
		]
	},
	{
		text: 'Налоговые каникулы получат инвесторы с вложениями, превышающими 5 млн долларов.',
		figures: [{ figure: '5 млн долларов', value: 5000000, unit: 'USD', qualifier: 'more_than' }]
	},
	{
		text: 'Число официально зарегистрированных безработных превысило 80 тысяч человек.',
		figures: [{ figure: '80 тысяч', value: 80000, unit: null, qualifier: 'more_than' }]
	},
	{
		text: 'Долги энергокомпаний превышают 40 млрд сомов, из них более 15 млрд сомов приходится на ТЭЦ Бишкека.',
		figures: [
			{ figure: '40 млрд сомов', value: 40000000000, unit: 'KGS', qualifier: 'more_than' },
			{ figure: '15 млрд сомов', value: 15000000000, unit: 'KGS', qualifier: 'more_than' }
		]
	},
	{
		text: 'Импорт нефтепродуктов из России превысил 1 млн тонн, а его стоимость — 800 млн долларов.',
		figures: [
			{ figure: '1 млн', value: 1000000, unit: null, qualifier: 'more_than' },
			{ figure: '800 млн долларов', value: 800000000, unit: 'USD', qualifier: 'more_than' }
		]
	},
	{
		text: 'Суммарная мощность малых ГЭС в стране превышает 100 МВт.',
		figures: [{ figure: '100', value: 100, unit: null, qualifier: 'more_than' }]
	},
	{
		text: 'Доля брака на новой линии по розливу молока не превышает 2%.',
		figures: [{ figure: '2%', value: 2, unit: 'percent', qualifier: 'up_to' }]
	},
	{
		text: 'Месячная инфляция в ноябре не превысила 0,8%, а в годовом выражении цены выросли на 9,4%.',
		figures: [
			{ figure: '0,8%', value: 0.8, unit: 'percent', qualifier: 'up_to' },
			{ figure: '9,4%', value: 9.4, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Кредиты, не превышающие 3 млн сомов, банк выдает швейным цехам без залога.',
		figures: [{ figure: '3 млн сомов', value: 3000000, unit: 'KGS', qualifier: 'up_to' }]
	},
	{
		text: 'Урожай пшеницы в Чуйской области превысил прошлогодний на 12%.',
		figures: [{ figure: '12%', value: 12, unit: 'percent', qualifier: 'exact' }]
	},
	{
		text: 'Таможенные поступления в январе 2026 года превысили план на 1,2 млрд сомов.',
		figures: [
			{ figure: '2026 года', value: 2026, unit: 'year', qualifier: 'exact' },
			{ figure: '1,2 млрд сомов', value: 1200000000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Запуск второй очереди стекольного завода ожидается не ранее 2028 года.',
		figures: [{ figure: '2028 года', value: 2028, unit: 'year', qualifier: 'at_least' }]
	},
	{
		text: 'Электробусы на улицах Оша появятся не раньше 2027 года, сообщили в мэрии.',
		figures: [{ figure: '2027 года', value: 2027, unit: 'year', qualifier: 'at_least' }]
	},
	{
		text: 'Строительство Камбаратинской ГЭС-1 планируется завершить не позднее 2032 года.',
		figures: [{ figure: '2032 года', value: 2032, unit: 'year', qualifier: 'up_to' }]
	},
	{
		text: 'Рудник обязан рекультивировать отвалы не позже 2030 года и вложить в это 12 млн долларов.',
		figures: [
			{ figure: '2030 года', value: 2030, unit: 'year', qualifier: 'up_to' },
			{ figure: '12 млн долларов', value: 12000000, unit: 'USD', qualifier: 'exact' }
		]
	},
	{
		text: 'Кыргызскую одежду сегодня продают более чем в 20 странах.',
		figures: [{ figure: '20', value: 20, unit: null, qualifier: 'more_than' }]
	},
	{
		text: 'Инвестор рассчитывает окупить вложения в тепличный комплекс менее чем за 3 года.',
		figures: [{ figure: '3', value: 3, unit: null, qualifier: 'less_than' }]
	},
	{
		text: 'За год выпуск цемента на заводе в Канте вырос более чем на 10%.',
		figures: [{ figure: '10%', value: 10, unit: 'percent', qualifier: 'more_than' }]
	},
	{
		text: 'Фабрика в Токмоке вышла на проектную мощность менее чем за два года, а ее выручка выросла более чем на 30%.',
		figures: [
			{ figure: 'два', value: 2, unit: null, qualifier: 'less_than' },
			{ figure: '30%', value: 30, unit: 'percent', qualifier: 'more_than' }
		]
	},
	{
		text: 'Солнечные панели установили более чем в 40 школах Нарынской области.',
		figures: [{ figure: '40', value: 40, unit: null, qualifier: 'more_than' }]
	},
	{
		text: 'Запасы золота на месторождении Джеруй оцениваются более чем в 80 тонн.',
		figures: [{ figure: '80', value: 80, unit: null, qualifier: 'more_than' }]
	},
	{
		text: 'Средняя зарплата в IT-секторе превышает 100 тысяч сомов, что более чем в три раза выше средней по стране.',
		figures: [
			{ figure: '100 тысяч сомов', value: 100000, unit: 'KGS', qualifier: 'more_than' },
			{ figure: 'три раза', value: 3, unit: 'ratio', qualifier: 'more_than' }
		]
	},

	// «до» after a verb or noun of change: the new level, exact. «до» that bounds: up_to.
	{
		text: 'Годовая инфляция за квартал замедлилась на 1,9 п.п., до 7,1%.',
		figures: [
			{ figure: '1,9 п.п.', value: 1.9, unit: 'pp', qualifier: 'exact' },
			{ figure: '7,1%', value: 7.1, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Безработица среди молодежи в Ошской области уменьшилась до 8,2%.',
		figures: [{ figure: '8,2%', value: 8.2, unit: 'percent', qualifier: 'exact' }]
	},
	{
		text: 'Число занятых в швейной отрасли выросло до 150 тысяч человек.',
		figures: [{ figure: '150 тысяч', value: 150000, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Средний тариф на газ для промышленных предприятий снизился до 18,5 сома за кубометр.',
		figures: [{ figure: '18,5 сома', value: 18.5, unit: 'KGS', qualifier: 'exact' }]
	},
	{
		text: 'К 2030 году мощность солнечных электростанций в стране увеличится до 1 000 МВт.',
		figures: [
			{ figure: '2030 году', value: 2030, unit: 'year', qualifier: 'exact' },
			{ figure: '1 000', value: 1000, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Поголовье овец в Нарынской области сократилось до 1,2 млн голов.',
		figures: [{ figure: '1,2 млн', value: 1200000, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Правительство намерено довести долю переработанной продукции в аграрном экспорте до 40%.',
		figures: [{ figure: '40%', value: 40, unit: 'percent', qualifier: 'exact' }]
	},
	{
		text: 'Автозавод в Чуйской области планирует нарастить выпуск автобусов до 500 единиц в год.',
		figures: [{ figure: '500', value: 500, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Нацбанк повысил учетную ставку с 9% до 11%.',
		figures: [
			{ figure: '9%', value: 9, unit: 'percent', qualifier: 'exact' },
			{ figure: '11%', value: 11, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Экспорт молочной продукции увеличился на 18%, до 95 млн долларов.',
		figures: [
			{ figure: '18%', value: 18, unit: 'percent', qualifier: 'exact' },
			{ figure: '95 млн долларов', value: 95000000, unit: 'USD', qualifier: 'exact' }
		]
	},
	{
		text: 'Дефицит республиканского бюджета удалось сократить до 1,1% ВВП.',
		figures: [{ figure: '1,1%', value: 1.1, unit: 'percent', qualifier: 'exact' }]
	},
	{
		text: 'Переработка свеклы на Каиндинском заводе выросла до 48 тыс. тонн, хотя его мощности позволяют принимать до 3 тыс. тонн в сутки.',
		figures: [
			{ figure: '48 тыс.', value: 48000, unit: null, qualifier: 'exact' },
			{ figure: '3 тыс.', value: 3000, unit: null, qualifier: 'up_to' }
		]
	},
	{
		text: 'Госкомпания намерена увеличить добычу угля до 5 млн тонн до 2030 года.',
		figures: [
			{ figure: '5 млн', value: 5000000, unit: null, qualifier: 'exact' },
			{ figure: '2030 года', value: 2030, unit: 'year', qualifier: 'up_to' }
		]
	},
	{
		text: 'Цена буханки хлеба в Бишкеке поднялась до 32 сомов.',
		figures: [{ figure: '32 сомов', value: 32, unit: 'KGS', qualifier: 'exact' }]
	},
	{
		text: 'Количество иностранных туристов на Иссык-Куле возросло до 1,5 млн человек.',
		figures: [{ figure: '1,5 млн', value: 1500000, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'С сентября зарплата учителей будет повышена до 35 тыс. сомов.',
		figures: [{ figure: '35 тыс. сомов', value: 35000, unit: 'KGS', qualifier: 'exact' }]
	},
	{
		text: 'По оценке Минэкономики, доля теневой экономики снизилась с 23,6% до 19%.',
		figures: [
			{ figure: '23,6%', value: 23.6, unit: 'percent', qualifier: 'exact' },
			{ figure: '19%', value: 19, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Снижение ставки НДС для швейных предприятий до 6% обсудили в Жогорку Кенеше.',
		figures: [{ figure: '6%', value: 6, unit: 'percent', qualifier: 'exact' }]
	},
	{
		text: 'Кабмин поручил сократить потери электроэнергии в сетях до 12% к 2027 году.',
		figures: [
			{ figure: '12%', value: 12, unit: 'percent', qualifier: 'exact' },
			{ figure: '2027 году', value: 2027, unit: 'year', qualifier: 'exact' }
		]
	},
	{
		text: 'Программу модернизации электросетей продлили до 2030 года, а ее финансирование увеличили до 900 млн долларов.',
		figures: [
			{ figure: '2030 года', value: 2030, unit: 'year', qualifier: 'up_to' },
			{ figure: '900 млн долларов', value: 900000000, unit: 'USD', qualifier: 'exact' }
		]
	},
	{
		text: 'Фермерам выдают кредиты на срок до 7 лет под 6% годовых.',
		figures: [
			{ figure: '7', value: 7, unit: null, qualifier: 'up_to' },
			{ figure: '6%', value: 6, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Новый элеватор вмещает до 50 тыс. тонн зерна, но его загрузка пока выросла лишь до 18 тыс. тонн.',
		figures: [
			{ figure: '50 тыс.', value: 50000, unit: null, qualifier: 'up_to' },
			{ figure: '18 тыс.', value: 18000, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Кредитный портфель банков за год вырос на 25%, до 380 млрд сомов.',
		figures: [
			{ figure: '25%', value: 25, unit: 'percent', qualifier: 'exact' },
			{ figure: '380 млрд сомов', value: 380000000000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Средняя цена говядины на рынках Оша подскочила до 750 сомов за килограмм.',
		figures: [{ figure: '750 сомов', value: 750, unit: 'KGS', qualifier: 'exact' }]
	},
	{
		text: 'Выручка кооператива от продажи шерсти выросла с 3 млрд до 5 млрд сомов.',
		figures: [
			{ figure: '3 млрд', value: 3000000000, unit: 'KGS', qualifier: 'exact' },
			{ figure: '5 млрд сомов', value: 5000000000, unit: 'KGS', qualifier: 'exact' }
		]
	},

	// Ratios; a frequency is not one.
	{
		text: 'За пять лет экспорт одежды в Россию вырос в два раза.',
		figures: [
			{ figure: 'пять', value: 5, unit: null, qualifier: 'exact' },
			{ figure: 'два раза', value: 2, unit: 'ratio', qualifier: 'exact' }
		]
	},
	{
		text: 'Производство цемента в Кыргызстане за десять лет увеличилось в 1,7 раза.',
		figures: [
			{ figure: 'десять', value: 10, unit: null, qualifier: 'exact' },
			{ figure: '1,7 раза', value: 1.7, unit: 'ratio', qualifier: 'exact' }
		]
	},
	{
		text: 'Зарплаты горняков в полтора раза больше, чем в среднем по стране.',
		figures: [{ figure: 'полтора раза', value: 1.5, unit: 'ratio', qualifier: 'exact' }]
	},
	{
		text: 'Объем кредитов малому бизнесу за 15 лет вырос в 10 раз.',
		figures: [
			{ figure: '15', value: 15, unit: null, qualifier: 'exact' },
			{ figure: '10 раз', value: 10, unit: 'ratio', qualifier: 'exact' }
		]
	},
	{
		text: 'Выручка сельхозкооператива в Караколе выросла вдвое.',
		figures: [{ figure: 'вдвое', value: 2, unit: 'ratio', qualifier: 'exact' }]
	},
	{
		text: 'За зиму закупки угля в Казахстане увеличились втрое.',
		figures: [{ figure: 'втрое', value: 3, unit: 'ratio', qualifier: 'exact' }]
	},
	{
		text: 'Урожай абрикосов в Баткенской области оказался почти в три раза больше прошлогоднего.',
		figures: [{ figure: 'три раза', value: 3, unit: 'ratio', qualifier: 'approx' }]
	},
	{
		text: 'Экспорт в страны ЕС за год увеличился более чем в 2 раза и достиг 140 млн евро.',
		figures: [
			{ figure: '2 раза', value: 2, unit: 'ratio', qualifier: 'more_than' },
			{ figure: '140 млн евро', value: 140000000, unit: 'EUR', qualifier: 'exact' }
		]
	},
	{
		text: 'По оценкам экспертов, пропускная способность пункта пропуска «Торугарт» должна вырасти в 2–3 раза.',
		figures: [{ figure: '2–3 раза', value: 2, value_max: 3, unit: 'ratio', qualifier: 'range' }]
	},
	{
		text: 'Проверки на швейных предприятиях проводятся два раза в год.',
		figures: [{ figure: 'два', value: 2, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'За месяц инспекторы три раза выезжали на прииск и зафиксировали 57 нарушений.',
		figures: [
			{ figure: 'три', value: 3, unit: null, qualifier: 'exact' },
			{ figure: '57', value: 57, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Уголь в Нарыне стоит в 1,5 раза дороже, чем в Бишкеке.',
		figures: [{ figure: '1,5 раза', value: 1.5, unit: 'ratio', qualifier: 'exact' }]
	},
	{
		text: 'Число электромобилей за 2025 год выросло в 4 раза, до 12 тысяч.',
		figures: [
			{ figure: '2025 год', value: 2025, unit: 'year', qualifier: 'exact' },
			{ figure: '4 раза', value: 4, unit: 'ratio', qualifier: 'exact' },
			{ figure: '12 тысяч', value: 12000, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Выпуск электробусов на заводе сократился в пять раз.',
		figures: [{ figure: 'пять раз', value: 5, unit: 'ratio', qualifier: 'exact' }]
	},
	{
		text: 'Экспорт картофеля упал почти вдвое, а импорт муки вырос более чем втрое.',
		figures: [
			{ figure: 'вдвое', value: 2, unit: 'ratio', qualifier: 'approx' },
			{ figure: 'втрое', value: 3, unit: 'ratio', qualifier: 'more_than' }
		]
	},
	{
		text: 'Доходы от туризма выросли в 2,5 раза по сравнению с 2019 годом.',
		figures: [
			{ figure: '2,5 раза', value: 2.5, unit: 'ratio', qualifier: 'exact' },
			{ figure: '2019 годом', value: 2019, unit: 'year', qualifier: 'exact' }
		]
	},
	{
		text: 'После модернизации объем переработки молока на заводе вырастет в полтора-два раза.',
		figures: [
			{ figure: 'полтора-два раза', value: 1.5, value_max: 2, unit: 'ratio', qualifier: 'range' }
		]
	},
	{
		text: 'Тарифы для майнинговых ферм в 3 раза выше, чем для остальных потребителей.',
		figures: [{ figure: '3 раза', value: 3, unit: 'ratio', qualifier: 'exact' }]
	},
	{
		text: 'Проезд в маршрутках подорожал в 1,3 раза — с 20 до 26 сомов.',
		figures: [
			{ figure: '1,3 раза', value: 1.3, unit: 'ratio', qualifier: 'exact' },
			{ figure: '20', value: 20, unit: 'KGS', qualifier: 'exact' },
			{ figure: '26 сомов', value: 26, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Цены на минеральные удобрения за два года выросли в несколько раз.',
		figures: [{ figure: 'два', value: 2, unit: null, qualifier: 'exact' }]
	},

	// Percentage points.
	{
		text: 'Доля обрабатывающей промышленности в ВВП выросла на 1,2 п.п.',
		figures: [{ figure: '1,2 п.п.', value: 1.2, unit: 'pp', qualifier: 'exact' }]
	},
	{
		text: 'Нацбанк понизил учетную ставку на 0,5 процентного пункта, до 9,5%.',
		figures: [
			{ figure: '0,5 процентного пункта', value: 0.5, unit: 'pp', qualifier: 'exact' },
			{ figure: '9,5%', value: 9.5, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Уровень безработицы в Баткенской области за год сократился на 3 процентных пункта.',
		figures: [{ figure: '3 процентных пункта', value: 3, unit: 'pp', qualifier: 'exact' }]
	},
	{
		text: 'Доля кредитов в национальной валюте увеличилась на 2,4 п. п. и достигла 72%.',
		figures: [
			{ figure: '2,4 п. п.', value: 2.4, unit: 'pp', qualifier: 'exact' },
			{ figure: '72%', value: 72, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Уровень бедности в сельской местности снизился на 1 процентный пункт.',
		figures: [{ figure: '1 процентный пункт', value: 1, unit: 'pp', qualifier: 'exact' }]
	},
	{
		text: 'Налоговая нагрузка на швейные цеха выросла на полтора процентных пункта.',
		figures: [{ figure: 'полтора процентных пункта', value: 1.5, unit: 'pp', qualifier: 'exact' }]
	},
	{
		text: 'Доля Китая в импорте выросла с 38% до 41%, то есть на 3 п.п.',
		figures: [
			{ figure: '38%', value: 38, unit: 'percent', qualifier: 'exact' },
			{ figure: '41%', value: 41, unit: 'percent', qualifier: 'exact' },
			{ figure: '3 п.п.', value: 3, unit: 'pp', qualifier: 'exact' }
		]
	},
	{
		text: 'Рентабельность обрабатывающих предприятий снизилась на 0,8 п.п., до 6,1%.',
		figures: [
			{ figure: '0,8 п.п.', value: 0.8, unit: 'pp', qualifier: 'exact' },
			{ figure: '6,1%', value: 6.1, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Процентная маржа коммерческих банков сократилась на два процентных пункта.',
		figures: [{ figure: 'два процентных пункта', value: 2, unit: 'pp', qualifier: 'exact' }]
	},
	{
		text: 'Прогноз роста ВВП на 2026 год понижен на 0,3 процентного пункта — до 5,7%.',
		figures: [
			{ figure: '2026 год', value: 2026, unit: 'year', qualifier: 'exact' },
			{ figure: '0,3 процентного пункта', value: 0.3, unit: 'pp', qualifier: 'exact' },
			{ figure: '5,7%', value: 5.7, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Вклад горнодобывающей отрасли в рост экономики составил 1,4 процентного пункта.',
		figures: [{ figure: '1,4 процентного пункта', value: 1.4, unit: 'pp', qualifier: 'exact' }]
	},
	{
		text: 'Доля стран ЕАЭС в экспорте увеличилась на 5 процентных пунктов, до 34%.',
		figures: [
			{ figure: '5 процентных пунктов', value: 5, unit: 'pp', qualifier: 'exact' },
			{ figure: '34%', value: 34, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Разница между ставками по кредитам в сомах и в долларах превышает 6 процентных пунктов.',
		figures: [{ figure: '6 процентных пунктов', value: 6, unit: 'pp', qualifier: 'more_than' }]
	},
	{
		text: 'Загрузка мощностей ТЭЦ Бишкека выросла на 7 п.п. по сравнению с прошлым годом.',
		figures: [{ figure: '7 п.п.', value: 7, unit: 'pp', qualifier: 'exact' }]
	},
	{
		text: 'Инфляция в Кыргызстане оказалась на 2,1 п.п. выше, чем в Казахстане.',
		figures: [{ figure: '2,1 п.п.', value: 2.1, unit: 'pp', qualifier: 'exact' }]
	},
	{
		text: 'Доля женщин среди индивидуальных предпринимателей выросла почти на 4 процентных пункта.',
		figures: [{ figure: '4 процентных пункта', value: 4, unit: 'pp', qualifier: 'approx' }]
	},
	{
		text: 'Удельный вес просроченной налоговой задолженности снизился более чем на 2 п.п.',
		figures: [{ figure: '2 п.п.', value: 2, unit: 'pp', qualifier: 'more_than' }]
	},
	{
		text: 'Ставки по льготным агрокредитам снизят на 1–2 процентных пункта.',
		figures: [
			{ figure: '1–2 процентных пункта', value: 1, value_max: 2, unit: 'pp', qualifier: 'range' }
		]
	},
	{
		text: 'Поступления налога на прибыль выросли на 10%, а его доля в доходах бюджета — на 0,6 п.п.',
		figures: [
			{ figure: '10%', value: 10, unit: 'percent', qualifier: 'exact' },
			{ figure: '0,6 п.п.', value: 0.6, unit: 'pp', qualifier: 'exact' }
		]
	},
	{
		text: 'Разрыв между фактической инфляцией и целевым ориентиром Нацбанка составил 1,2 процентных пунктов.',
		figures: [{ figure: '1,2 процентных пунктов', value: 1.2, unit: 'pp', qualifier: 'exact' }]
	},

	// Fractions in words; a half of a period is not one.
	{
		text: 'На топливо приходится около четверти всего импорта страны.',
		figures: [{ figure: 'четверти', value: 0.25, unit: 'fraction', qualifier: 'approx' }]
	},
	{
		text: 'Более половины швейных цехов Бишкека работают без регистрации, считают в Минэкономики.',
		figures: [{ figure: 'половины', value: 0.5, unit: 'fraction', qualifier: 'more_than' }]
	},
	{
		text: 'Треть электроэнергии в зимний период страна импортирует из соседних государств.',
		figures: [{ figure: 'Треть', value: 1 / 3, unit: 'fraction', qualifier: 'exact' }]
	},
	{
		text: 'Две трети продукции Кантского цементного завода отправляется на экспорт.',
		figures: [{ figure: 'Две трети', value: 2 / 3, unit: 'fraction', qualifier: 'exact' }]
	},
	{
		text: 'Три четверти выпускаемой в стране пряжи идет на нужды собственных трикотажных фабрик.',
		figures: [{ figure: 'Три четверти', value: 0.75, unit: 'fraction', qualifier: 'exact' }]
	},
	{
		text: 'Из-за весенних заморозков фермеры Ошской области потеряли почти половину урожая.',
		figures: [{ figure: 'половину', value: 0.5, unit: 'fraction', qualifier: 'approx' }]
	},
	{
		text: 'Во второй половине 2026 года завод в Кара-Балте выйдет на полную мощность.',
		figures: [{ figure: '2026 года', value: 2026, unit: 'year', qualifier: 'exact' }]
	},
	{
		text: 'В первой половине года экспорт цветных металлов заметно сократился.',
		figures: []
	},
	{
		text: 'В первой половине 2025 года ВВП Кыргызстана вырос на 11,7%.',
		figures: [
			{ figure: '2025 года', value: 2025, unit: 'year', qualifier: 'exact' },
			{ figure: '11,7%', value: 11.7, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Пассажиропоток аэропорта «Манас» превысил два с половиной миллиона человек.',
		figures: [
			{ figure: 'два с половиной миллиона', value: 2500000, unit: null, qualifier: 'more_than' }
		]
	},
	{
		text: 'Реконструкция насосной станции заняла три с половиной года.',
		figures: [{ figure: 'три с половиной', value: 3.5, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Около трети доходов бюджета Баткенской области составляют трансферты из центра.',
		figures: [{ figure: 'трети', value: 1 / 3, unit: 'fraction', qualifier: 'approx' }]
	},
	{
		text: 'Менее четверти выпускников технических колледжей работают по специальности.',
		figures: [{ figure: 'четверти', value: 0.25, unit: 'fraction', qualifier: 'less_than' }]
	},
	{
		text: 'На долю Китая приходится более трети внешнеторгового оборота республики.',
		figures: [{ figure: 'трети', value: 1 / 3, unit: 'fraction', qualifier: 'more_than' }]
	},
	{
		text: 'Половина из 40 новых автобусов будет работать на сжатом газе.',
		figures: [
			{ figure: 'Половина', value: 0.5, unit: 'fraction', qualifier: 'exact' },
			{ figure: '40', value: 40, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Экспорт золота обеспечивает до трети валютной выручки страны.',
		figures: [{ figure: 'трети', value: 1 / 3, unit: 'fraction', qualifier: 'up_to' }]
	},
	{
		text: 'Расходы на энергетику составили четверть бюджета развития, или 48 млрд сомов.',
		figures: [
			{ figure: 'четверть', value: 0.25, unit: 'fraction', qualifier: 'exact' },
			{ figure: '48 млрд сомов', value: 48000000000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Почти три четверти пашни в Чуйской области засеяны зерновыми.',
		figures: [{ figure: 'три четверти', value: 0.75, unit: 'fraction', qualifier: 'approx' }]
	},
	{
		text: 'К 2030 году правительство намерено сократить импорт бензина на треть.',
		figures: [
			{ figure: '2030 году', value: 2030, unit: 'year', qualifier: 'exact' },
			{ figure: 'треть', value: 1 / 3, unit: 'fraction', qualifier: 'exact' }
		]
	},
	{
		text: 'Трудовые мигранты переводят домой около половины заработка.',
		figures: [{ figure: 'половины', value: 0.5, unit: 'fraction', qualifier: 'approx' }]
	},
	{
		text: 'Свыше двух третей электроэнергии страны вырабатывают станции Нарынского каскада.',
		figures: [{ figure: 'двух третей', value: 2 / 3, unit: 'fraction', qualifier: 'more_than' }]
	},
	{
		text: 'Треть из 120 опрошенных предприятий жалуется на нехватку квалифицированных кадров.',
		figures: [
			{ figure: 'Треть', value: 1 / 3, unit: 'fraction', qualifier: 'exact' },
			{ figure: '120', value: 120, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Половину стоимости капельного орошения фермерам компенсирует государство.',
		figures: [{ figure: 'Половину', value: 0.5, unit: 'fraction', qualifier: 'exact' }]
	},
	{
		text: 'Импорт автомобилей упал на треть, до 40 тыс. единиц.',
		figures: [
			{ figure: 'треть', value: 1 / 3, unit: 'fraction', qualifier: 'exact' },
			{ figure: '40 тыс.', value: 40000, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Штат фабрики в Узгене планируют увеличить вдвое, до 600 человек.',
		figures: [
			{ figure: 'вдвое', value: 2, unit: 'ratio', qualifier: 'exact' },
			{ figure: '600', value: 600, unit: null, qualifier: 'exact' }
		]
	},

	// Standards, models, addresses, documents, phones: numbers that are no quantities.
	{
		text: 'Цемент нового завода сертифицирован по ГОСТ 31108, а его мощность — 1,2 млн тонн в год.',
		figures: [{ figure: '1,2 млн', value: 1200000, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Швейная фабрика в Токмоке получила сертификат ISO 9001 и увеличила экспорт на 15%.',
		figures: [{ figure: '15%', value: 15, unit: 'percent', qualifier: 'exact' }]
	},
	{
		text: 'Для золоторудного карьера закупили 12 самосвалов БелАЗ-7555.',
		figures: [{ figure: '12', value: 12, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Строительство ТЭЦ-2 в Бишкеке оценивается в 1,5 млрд долларов.',
		figures: [{ figure: '1,5 млрд долларов', value: 1500000000, unit: 'USD', qualifier: 'exact' }]
	},
	{
		text: 'Заявки на субсидии принимаются по адресу: проспект Чуй, 106, справки по телефону +996 312 62 52 41.',
		figures: []
	},
	{
		text: 'Консультации для экспортеров проводятся по адресу ул. Московская, 189, каб. 305.',
		figures: []
	},
	{
		text: 'Склад площадью 2 400 кв. м находится по адресу: ул. Льва Толстого, дом 5.',
		figures: [{ figure: '2 400', value: 2400, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'В цехе № 4 установили 16 новых вязальных машин.',
		figures: [{ figure: '16', value: 16, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Закон № 58 освобождает ввозимое технологическое оборудование от НДС на пять лет.',
		figures: [{ figure: 'пять', value: 5, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Согласно постановлению № 123, субсидия составит 30% стоимости сельхозтехники.',
		figures: [{ figure: '30%', value: 30, unit: 'percent', qualifier: 'exact' }]
	},
	{
		text: 'Статья 15 закона об инвестициях гарантирует неизменность налогового режима в течение 10 лет.',
		figures: [{ figure: '10', value: 10, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Двигатели стандарта Евро-5 установлены на всех 120 новых автобусах.',
		figures: [{ figure: '120', value: 120, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Литр бензина АИ-92 на заправках Бишкека подорожал на 3 сома.',
		figures: [{ figure: '3 сома', value: 3, unit: 'KGS', qualifier: 'exact' }]
	},
	{
		text: 'Камбаратинская ГЭС-2 за девять месяцев выработала 1,1 млрд кВт·ч.',
		figures: [
			{ figure: 'девять', value: 9, unit: null, qualifier: 'exact' },
			{ figure: '1,1 млрд', value: 1100000000, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Для сельских маршрутов закупили 45 автобусов ПАЗ-3205 на сумму 180 млн сомов.',
		figures: [
			{ figure: '45', value: 45, unit: null, qualifier: 'exact' },
			{ figure: '180 млн сомов', value: 180000000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Обращения предпринимателей принимают по номеру 0555 40 20 30 и на сайте министерства.',
		figures: []
	},
	{
		text: 'Согласно пункту 3 статьи 12 соглашения, инвестор обязан создать не менее 100 рабочих мест.',
		figures: [{ figure: '100', value: 100, unit: null, qualifier: 'at_least' }]
	},
	{
		text: 'Тепличный комплекс построят в 15 км от Бишкека, офис компании расположен на улице Ленина, 42.',
		figures: [{ figure: '15', value: 15, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Постановлением Кабмина № 512 от 12 сентября 2025 года сбор за лицензию установлен в 5 тыс. сомов.',
		figures: [
			{ figure: '2025 года', value: 2025, unit: 'year', qualifier: 'exact' },
			{ figure: '5 тыс. сомов', value: 5000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'После замены котлоагрегата № 3 выработка тепла на ТЭЦ выросла на 8%.',
		figures: [{ figure: '8%', value: 8, unit: 'percent', qualifier: 'exact' }]
	},
	{
		text: 'Продукция комбината соответствует стандартам ISO 14001 и ГОСТ 30547, а доля брака не превышает 1%.',
		figures: [{ figure: '1%', value: 1, unit: 'percent', qualifier: 'up_to' }]
	},
	{
		text: 'Авиакомпания получила третий Boeing 737 и планирует увеличить число рейсов на 20%.',
		figures: [{ figure: '20%', value: 20, unit: 'percent', qualifier: 'exact' }]
	},
	{
		text: 'Указом № 47 поставлена задача создать в регионах 100 тысяч рабочих мест.',
		figures: [{ figure: '100 тысяч', value: 100000, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Сборочный завод в Бишкеке начал выпуск грузовиков Shacman X3000 и рассчитывает собрать 1 500 машин за год.',
		figures: [{ figure: '1 500', value: 1500, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Офис Фонда развития регионов переехал в здание по улице Киевской, дом 96, корпус 2.',
		figures: []
	}
];
