import type { HeldOutCase } from './held-out-case';

/**
 * More held-out sentences, written without looking at the extractor: qualifiers carried by verbs and
 * set phrases, «до» after a change against «до» that bounds, ratios against counts of times,
 * percentage points, fractions in words against halves of periods, numbers that name a standard, a
 * model, an address, a document or a phone, and ordinary amounts, number words and years around them.
 */
export const moreForms: HeldOutCase[] = [
	// Qualifiers carried by verbs and set phrases.
	{
		text: 'Золотовалютные резервы Нацбанка впервые превысили 4 млрд долларов, сообщает пресс-служба регулятора.',
		figures: [{ figure: '4 млрд долларов', value: 4000000000, unit: 'USD', qualifier: 'more_than' }]
	},
	{
		text: 'Аналитики ожидают, что расходы на обслуживание госдолга в 2026 году превысят 60 млрд сомов.',
		figures: [
			{ figure: '2026 году', value: 2026, unit: 'year', qualifier: 'exact' },
			{ figure: '60 млрд сомов', value: 60000000000, unit: 'KGS', qualifier: 'more_than' }
		]
	},
	{
		text: 'Новые правила фискального контроля касаются наличных платежей, превышающих 200 тыс. сомов.',
		figures: [{ figure: '200 тыс. сомов', value: 200000, unit: 'KGS', qualifier: 'more_than' }]
	},
	{
		text: 'Ущерб от селей в Сузакском районе, по предварительным данным, не превысит 60 млн сомов.',
		figures: [{ figure: '60 млн сомов', value: 60000000, unit: 'KGS', qualifier: 'up_to' }]
	},
	{
		text: 'Еще в 2015 году потери в распределительных сетях превышали 20%, сейчас они сократились вдвое.',
		figures: [
			{ figure: '2015 году', value: 2015, unit: 'year', qualifier: 'exact' },
			{ figure: '20%', value: 20, unit: 'percent', qualifier: 'more_than' },
			{ figure: 'вдвое', value: 2, unit: 'ratio', qualifier: 'exact' }
		]
	},
	{
		text: 'Рост цен на хлеб в 2024 году не превышал 4%, тогда как мука подорожала на 11,3%.',
		figures: [
			{ figure: '2024 году', value: 2024, unit: 'year', qualifier: 'exact' },
			{ figure: '4%', value: 4, unit: 'percent', qualifier: 'up_to' },
			{ figure: '11,3%', value: 11.3, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Впервые в истории товарооборот с Китаем превысил отметку в 20 млрд долларов.',
		figures: [
			{ figure: '20 млрд долларов', value: 20000000000, unit: 'USD', qualifier: 'more_than' }
		]
	},
	{
		text: 'Износ распределительных сетей в Таласской области превышает 70%, признали в «Северэлектро».',
		figures: [{ figure: '70%', value: 70, unit: 'percent', qualifier: 'more_than' }]
	},
	{
		text: 'Срок окупаемости малой ГЭС превышает 12 лет, поэтому частные инвесторы не спешат вкладываться.',
		figures: [{ figure: '12', value: 12, unit: null, qualifier: 'more_than' }]
	},
	{
		text: 'Уровень шума от дробильной установки на руднике не должен превышать 55 дБ.',
		figures: [{ figure: '55', value: 55, unit: null, qualifier: 'up_to' }]
	},
	{
		text: 'Повышение тарифов на электроэнергию для населения возможно не ранее 2027 года, заявил министр энергетики.',
		figures: [{ figure: '2027 года', value: 2027, unit: 'year', qualifier: 'at_least' }]
	},
	{
		text: 'Промышленную добычу олова на Трудовом обещают начать не раньше 2029 года, хотя лицензию выдали еще в 2019 году.',
		figures: [
			{ figure: '2029 года', value: 2029, unit: 'year', qualifier: 'at_least' },
			{ figure: '2019 году', value: 2019, unit: 'year', qualifier: 'exact' }
		]
	},
	{
		text: 'Подрядчик обязан сдать реконструированную подстанцию «Ала-Арча» не позднее 1 июля 2026 года.',
		figures: [{ figure: '2026 года', value: 2026, unit: 'year', qualifier: 'up_to' }]
	},
	{
		text: 'Контрольно-кассовые машины должны установить все АЗС страны не позже 2026 года, иначе владельцам грозит штраф до 100 тыс. сомов.',
		figures: [
			{ figure: '2026 года', value: 2026, unit: 'year', qualifier: 'up_to' },
			{ figure: '100 тыс. сомов', value: 100000, unit: 'KGS', qualifier: 'up_to' }
		]
	},
	{
		text: 'Пересмотр тарифов на воду для Оша ожидается не ранее чем через 2 года.',
		figures: [{ figure: '2', value: 2, unit: null, qualifier: 'at_least' }]
	},
	{
		text: 'Семена и удобрения в рамках проекта ФАО получили более чем 300 фермерских хозяйств Таласской области.',
		figures: [{ figure: '300', value: 300, unit: null, qualifier: 'more_than' }]
	},
	{
		text: 'Строительство железной дороги Китай — Кыргызстан — Узбекистан оценивается более чем в 4,7 млрд долларов.',
		figures: [
			{ figure: '4,7 млрд долларов', value: 4700000000, unit: 'USD', qualifier: 'more_than' }
		]
	},
	{
		text: 'С начала отопительного сезона электроэнергии из Казахстана закупили более чем на 90 млн долларов.',
		figures: [{ figure: '90 млн долларов', value: 90000000, unit: 'USD', qualifier: 'more_than' }]
	},
	{
		text: 'Партию из 40 автобусов бишкекской сборки продали в Узбекистан более чем за 3 млн долларов.',
		figures: [
			{ figure: '40', value: 40, unit: null, qualifier: 'exact' },
			{ figure: '3 млн долларов', value: 3000000, unit: 'USD', qualifier: 'more_than' }
		]
	},
	{
		text: 'Оптовые цены на лук за неделю поднялись менее чем на 5%, однако в розницу он подорожал заметнее.',
		figures: [{ figure: '5%', value: 5, unit: 'percent', qualifier: 'less_than' }]
	},
	{
		text: 'После открытия 6 новых полос на КПП «Ак-Жол» фуры проходят досмотр менее чем за 40 минут.',
		figures: [
			{ figure: '6', value: 6, unit: null, qualifier: 'exact' },
			{ figure: '40', value: 40, unit: null, qualifier: 'less_than' }
		]
	},
	{
		text: 'Цементный завод строят менее чем в 3 км от жилых домов, жалуются жители села.',
		figures: [{ figure: '3', value: 3, unit: null, qualifier: 'less_than' }]
	},
	{
		text: 'На Кумторе сейчас работают свыше 3 тыс. человек, 98% из них — граждане Кыргызстана.',
		figures: [
			{ figure: '3 тыс.', value: 3000, unit: null, qualifier: 'more_than' },
			{ figure: '98%', value: 98, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'На строительстве Камбаратинской ГЭС-1 будут заняты свыше двух тысяч человек.',
		figures: [{ figure: 'двух тысяч', value: 2000, unit: null, qualifier: 'more_than' }]
	},
	{
		text: 'Китайская компания вложит в цементный завод в Баткенской области порядка 250 млн юаней.',
		figures: [{ figure: '250 млн юаней', value: 250000000, unit: 'CNY', qualifier: 'approx' }]
	},
	{
		text: 'На рудник за лето завезли порядка ста единиц горной техники.',
		figures: [{ figure: 'ста', value: 100, unit: null, qualifier: 'approx' }]
	},
	{
		text: 'Инвестор обязуется создать в текстильном кластере не менее чем 1 200 рабочих мест.',
		figures: [{ figure: '1 200', value: 1200, unit: null, qualifier: 'at_least' }]
	},
	{
		text: 'Срок концессии на строительство каскада Верхне-Нарынских ГЭС составит не менее 25 лет.',
		figures: [{ figure: '25', value: 25, unit: null, qualifier: 'at_least' }]
	},
	{
		text: 'Чтобы станция окупилась, тариф должен вырасти как минимум до 2,5 сома за киловатт-час.',
		figures: [{ figure: '2,5 сома', value: 2.5, unit: 'KGS', qualifier: 'at_least' }]
	},
	{
		text: 'Импортный бензин в ближайшие месяцы подешевеет как минимум на 7%, уверены в Минэкономики.',
		figures: [{ figure: '7%', value: 7, unit: 'percent', qualifier: 'at_least' }]
	},
	{
		text: 'По меньшей мере 15 швейных цехов в Кара-Суу закрылись из-за роста арендной платы.',
		figures: [{ figure: '15', value: 15, unit: null, qualifier: 'at_least' }]
	},
	{
		text: 'Фермеры Чуйской долины с начала весны получили льготные кредиты по меньшей мере на 700 млн сомов.',
		figures: [{ figure: '700 млн сомов', value: 700000000, unit: 'KGS', qualifier: 'at_least' }]
	},
	{
		text: 'Очередь из фур на КПП «Ак-Тилек» растягивается вплоть до 5 км.',
		figures: [{ figure: '5', value: 5, unit: null, qualifier: 'up_to' }]
	},
	{
		text: 'Тепличным хозяйствам дадут скидку на газ вплоть до 30%, если они расширят теплицы минимум на 2 га.',
		figures: [
			{ figure: '30%', value: 30, unit: 'percent', qualifier: 'up_to' },
			{ figure: '2', value: 2, unit: null, qualifier: 'at_least' }
		]
	},
	{
		text: 'При потреблении свыше 700 кВт·ч в месяц население платит по 2,64 сома за киловатт-час.',
		figures: [
			{ figure: '700', value: 700, unit: null, qualifier: 'more_than' },
			{ figure: '2,64 сома', value: 2.64, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Примерно 40% потребляемой зимой электроэнергии уходит на отопление жилья.',
		figures: [{ figure: '40%', value: 40, unit: 'percent', qualifier: 'approx' }]
	},
	{
		text: 'В Нарынской области работают менее 20 предприятий, где занято больше 100 человек.',
		figures: [
			{ figure: '20', value: 20, unit: null, qualifier: 'less_than' },
			{ figure: '100', value: 100, unit: null, qualifier: 'more_than' }
		]
	},
	{
		text: 'Нагрузка на ось для грузовиков на перевале Тоо-Ашуу должна быть не больше 10 тонн.',
		figures: [{ figure: '10', value: 10, unit: null, qualifier: 'up_to' }]
	},
	{
		text: 'Швейным цехам Бишкека требуются закройщики с зарплатой от 40 тыс. сомов.',
		figures: [{ figure: '40 тыс. сомов', value: 40000, unit: 'KGS', qualifier: 'at_least' }]
	},

	// «до» after a verb or noun of change: the new level, exact. «до» that bounds: up_to.
	{
		text: 'Согласно прогнозу Нацбанка, в 2026 году инфляция снизится до 6,5–7%.',
		figures: [
			{ figure: '2026 году', value: 2026, unit: 'year', qualifier: 'exact' },
			{ figure: '6,5–7%', value: 6.5, value_max: 7, unit: 'percent', qualifier: 'range' }
		]
	},
	{
		text: 'В течение 2024 года Нацбанк трижды снижал учетную ставку и в итоге снизил ее до 9%.',
		figures: [
			{ figure: '2024 года', value: 2024, unit: 'year', qualifier: 'exact' },
			{ figure: '9%', value: 9, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'В 2023–2024 годах банки постепенно снижали ставки по ипотеке до 8% годовых.',
		figures: [
			{ figure: '2023–2024 годах', value: 2023, value_max: 2024, unit: 'year', qualifier: 'range' },
			{ figure: '8%', value: 8, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Добыча золота на Кумторе в 2024 году упала до 16,2 тонны.',
		figures: [
			{ figure: '2024 году', value: 2024, unit: 'year', qualifier: 'exact' },
			{ figure: '16,2', value: 16.2, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Выработка электроэнергии на ГЭС из-за маловодья упала в июле на 14%, до 1,1 млрд кВт·ч.',
		figures: [
			{ figure: '14%', value: 14, unit: 'percent', qualifier: 'exact' },
			{ figure: '1,1 млрд', value: 1100000000, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Доля безналичных платежей в розничной торговле за три года возросла до 38%.',
		figures: [
			{ figure: 'три', value: 3, unit: null, qualifier: 'exact' },
			{ figure: '38%', value: 38, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Без госрезерва цены на муку выросли бы до 3 200 сомов за мешок, подсчитали в Минсельхозе.',
		figures: [{ figure: '3 200 сомов', value: 3200, unit: 'KGS', qualifier: 'exact' }]
	},
	{
		text: 'К 2027 году выработку на малых ГЭС увеличат до 1,3 млрд кВт·ч.',
		figures: [
			{ figure: '2027 году', value: 2027, unit: 'year', qualifier: 'exact' },
			{ figure: '1,3 млрд', value: 1300000000, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'За полугодие предприятия Кантского промузла сократили выбросы пыли до 400 тонн.',
		figures: [{ figure: '400', value: 400, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Правительство предлагает повысить ставку роялти на золото до 14% при цене свыше 2 000 долларов за унцию.',
		figures: [
			{ figure: '14%', value: 14, unit: 'percent', qualifier: 'exact' },
			{ figure: '2 000 долларов', value: 2000, unit: 'USD', qualifier: 'more_than' }
		]
	},
	{
		text: 'Задача — довести мощность солнечных станций к концу 2027 года до 700 МВт.',
		figures: [
			{ figure: '2027 года', value: 2027, unit: 'year', qualifier: 'exact' },
			{ figure: '700', value: 700, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Ткацкая фабрика в Кара-Балте намерена за два года нарастить выпуск хлопковой ткани до 12 млн метров.',
		figures: [
			{ figure: 'два', value: 2, unit: null, qualifier: 'exact' },
			{ figure: '12 млн', value: 12000000, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Курс доллара в обменных бюро Бишкека в пятницу подскочил до 89,5 сома.',
		figures: [{ figure: '89,5 сома', value: 89.5, unit: 'KGS', qualifier: 'exact' }]
	},
	{
		text: 'Объем воды в Токтогульском водохранилище опустился до 9,8 млрд кубометров — минимума за последние 10 лет.',
		figures: [
			{ figure: '9,8 млрд', value: 9800000000, unit: null, qualifier: 'exact' },
			{ figure: '10', value: 10, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Отпускная цена тонны цемента марки М400 опустилась до 5 800 сомов.',
		figures: [{ figure: '5 800 сомов', value: 5800, unit: 'KGS', qualifier: 'exact' }]
	},
	{
		text: 'В январе–марте 2025 года рост ВВП замедлился до 8,1% против 9% годом ранее.',
		figures: [
			{ figure: '2025 года', value: 2025, unit: 'year', qualifier: 'exact' },
			{ figure: '8,1%', value: 8.1, unit: 'percent', qualifier: 'exact' },
			{ figure: '9%', value: 9, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Годовая инфляция в октябре ускорилась до 9,2%, следует из данных Нацстаткома.',
		figures: [{ figure: '9,2%', value: 9.2, unit: 'percent', qualifier: 'exact' }]
	},
	{
		text: 'Инфляция в потребительском секторе замедлилась по итогам августа сразу до 5,4%.',
		figures: [{ figure: '5,4%', value: 5.4, unit: 'percent', qualifier: 'exact' }]
	},
	{
		text: 'Средняя зарплата горняков за январь–июнь выросла на 4,2 тыс. сомов, до 92 тыс. сомов.',
		figures: [
			{ figure: '4,2 тыс. сомов', value: 4200, unit: 'KGS', qualifier: 'exact' },
			{ figure: '92 тыс. сомов', value: 92000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Доля проблемных кредитов у микрофинансовых компаний выросла на 3 п.п., до 11,4%.',
		figures: [
			{ figure: '3 п.п.', value: 3, unit: 'pp', qualifier: 'exact' },
			{ figure: '11,4%', value: 11.4, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Тариф на электроэнергию для населения с 1 мая 2025 года повысят до 1,37 сома за кВт·ч.',
		figures: [
			{ figure: '2025 года', value: 2025, unit: 'year', qualifier: 'exact' },
			{ figure: '1,37 сома', value: 1.37, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Повышение акциза на крепкий алкоголь до 600 сомов за литр принесет бюджету дополнительно 1,9 млрд сомов.',
		figures: [
			{ figure: '600 сомов', value: 600, unit: 'KGS', qualifier: 'exact' },
			{ figure: '1,9 млрд сомов', value: 1900000000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Рост тарифа на питьевую воду до 24 сомов за кубометр жители Оша восприняли болезненно.',
		figures: [{ figure: '24 сомов', value: 24, unit: 'KGS', qualifier: 'exact' }]
	},
	{
		text: 'После замены четырех гидроагрегатов мощность Токтогульской ГЭС увеличат в 2026 году до 1 440 МВт.',
		figures: [
			{ figure: 'четырех', value: 4, unit: null, qualifier: 'exact' },
			{ figure: '2026 году', value: 2026, unit: 'year', qualifier: 'exact' },
			{ figure: '1 440', value: 1440, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Из-за засухи фермеры Таласа сократили посевы фасоли почти на треть, до 45 тыс. гектаров.',
		figures: [
			{ figure: 'треть', value: 1 / 3, unit: 'fraction', qualifier: 'approx' },
			{ figure: '45 тыс.', value: 45000, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Поправки в Закон № 112 снижают порог для статуса стратегического инвестора до 50 млн долларов.',
		figures: [{ figure: '50 млн долларов', value: 50000000, unit: 'USD', qualifier: 'exact' }]
	},
	{
		text: 'С 2027 года пошлину на ввоз легковых автомобилей старше 7 лет поднимут до 3 долларов за кубический сантиметр.',
		figures: [
			{ figure: '2027 года', value: 2027, unit: 'year', qualifier: 'exact' },
			{ figure: '7', value: 7, unit: null, qualifier: 'more_than' },
			{ figure: '3 долларов', value: 3, unit: 'USD', qualifier: 'exact' }
		]
	},
	{
		text: 'Стоимость аренды павильонов на «Дордое» снизилась вдвое, а их заполняемость упала до половины.',
		figures: [
			{ figure: 'вдвое', value: 2, unit: 'ratio', qualifier: 'exact' },
			{ figure: 'половины', value: 0.5, unit: 'fraction', qualifier: 'exact' }
		]
	},
	{
		text: 'Проектная мощность новой обогатительной фабрики в Чаткальском районе — до 500 тонн руды в сутки.',
		figures: [{ figure: '500', value: 500, unit: null, qualifier: 'up_to' }]
	},
	{
		text: 'Швейные цеха в Бишкеке предлагают операторам зарплату до 60 тыс. сомов, но желающих все равно не хватает.',
		figures: [{ figure: '60 тыс. сомов', value: 60000, unit: 'KGS', qualifier: 'up_to' }]
	},
	{
		text: 'Штраф для юрлиц за продажу алкоголя без акцизных марок составит от 65 до 130 тыс. сомов.',
		figures: [
			{
				figure: '65 до 130 тыс. сомов',
				value: 65000,
				value_max: 130000,
				unit: 'KGS',
				qualifier: 'range'
			}
		]
	},
	{
		text: 'Лизинговая компания финансирует до 70% стоимости тракторов и комбайнов отечественной сборки.',
		figures: [{ figure: '70%', value: 70, unit: 'percent', qualifier: 'up_to' }]
	},
	{
		text: 'Нулевая ставка НДС на ввоз оборудования для гидростанций будет действовать до 2030 года включительно.',
		figures: [{ figure: '2030 года', value: 2030, unit: 'year', qualifier: 'up_to' }]
	},
	{
		text: 'Срок действия лицензии на разработку месторождения Джеруй продлен до 2045 года.',
		figures: [{ figure: '2045 года', value: 2045, unit: 'year', qualifier: 'up_to' }]
	},
	{
		text: 'Кредиты под 4% годовых выдают на срок до 10 лет и в размере до 50 млн сомов.',
		figures: [
			{ figure: '4%', value: 4, unit: 'percent', qualifier: 'exact' },
			{ figure: '10', value: 10, unit: null, qualifier: 'up_to' },
			{ figure: '50 млн сомов', value: 50000000, unit: 'KGS', qualifier: 'up_to' }
		]
	},
	{
		text: 'Грузовики массой до 3,5 тонны освободят от платы за проезд по новой объездной дороге.',
		figures: [{ figure: '3,5', value: 3.5, unit: null, qualifier: 'up_to' }]
	},
	{
		text: 'Закупочная цена хлопка-сырца за месяц поднялась до 80 сомов, а частные заготовители готовы платить до 95 сомов за килограмм.',
		figures: [
			{ figure: '80 сомов', value: 80, unit: 'KGS', qualifier: 'exact' },
			{ figure: '95 сомов', value: 95, unit: 'KGS', qualifier: 'up_to' }
		]
	},
	{
		text: 'Отчет о выполнении инвестиционных обязательств компания обязана сдать до 31 марта.',
		figures: []
	},

	// Ratios; counts of times and «в разы» are not.
	{
		text: 'Экспорт кыргызских сухофруктов в Китай за год вырос в 2,3 раза и составил 27 млн долларов.',
		figures: [
			{ figure: '2,3 раза', value: 2.3, unit: 'ratio', qualifier: 'exact' },
			{ figure: '27 млн долларов', value: 27000000, unit: 'USD', qualifier: 'exact' }
		]
	},
	{
		text: 'Стоимость аренды складов у рынка «Дордой» за пять лет увеличилась в десятки раз.',
		figures: [{ figure: 'пять', value: 5, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Инспекторы трижды за год приезжали на рудник, но нарушений не выявили.',
		figures: []
	},
	{
		text: 'В засушливые годы пастбища Сусамыра обрабатывают от саранчи по пять раз за сезон.',
		figures: [{ figure: 'пять', value: 5, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Контейнерный поезд из Кашгара пока ходит дважды в неделю, а с 2026 года — четыре раза в неделю.',
		figures: [
			{ figure: '2026 года', value: 2026, unit: 'year', qualifier: 'exact' },
			{ figure: 'четыре', value: 4, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Цены на бензин с начала года менялись 11 раз, подсчитали в Антимонопольной службе.',
		figures: [{ figure: '11', value: 11, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Объем торговли с Узбекистаном вырос вчетверо за последние пять лет.',
		figures: [
			{ figure: 'вчетверо', value: 4, unit: 'ratio', qualifier: 'exact' },
			{ figure: 'пять', value: 5, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Промышленные потребители платят за киловатт-час в 2,2 раза больше, чем население.',
		figures: [{ figure: '2,2 раза', value: 2.2, unit: 'ratio', qualifier: 'exact' }]
	},
	{
		text: 'Производство войлочных изделий в Нарыне за десятилетие сократилось в 10 раз.',
		figures: [{ figure: '10 раз', value: 10, unit: 'ratio', qualifier: 'exact' }]
	},
	{
		text: 'Уголь Кара-Кечи подорожал вдвое — с 3 500 до 7 000 сомов за тонну.',
		figures: [
			{ figure: 'вдвое', value: 2, unit: 'ratio', qualifier: 'exact' },
			{ figure: '3 500', value: 3500, unit: 'KGS', qualifier: 'exact' },
			{ figure: '7 000 сомов', value: 7000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Поступления НДС на импорт выросли почти вдвое и достигли 98 млрд сомов.',
		figures: [
			{ figure: 'вдвое', value: 2, unit: 'ratio', qualifier: 'approx' },
			{ figure: '98 млрд сомов', value: 98000000000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Ввоз китайских электромобилей за полгода вырос более чем втрое.',
		figures: [{ figure: 'втрое', value: 3, unit: 'ratio', qualifier: 'more_than' }]
	},
	{
		text: 'По оценке АБР, после реконструкции трассы Бишкек — Нарын — Торугарт грузопоток по ней увеличится в 1,5–2 раза.',
		figures: [{ figure: '1,5–2 раза', value: 1.5, value_max: 2, unit: 'ratio', qualifier: 'range' }]
	},
	{
		text: 'Штат управленцев сократили в полтора раза, а зарплату оставшимся повысили на 20%.',
		figures: [
			{ figure: 'полтора раза', value: 1.5, unit: 'ratio', qualifier: 'exact' },
			{ figure: '20%', value: 20, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Урожайность картофеля на опытных участках в Ат-Баши оказалась в два с половиной раза выше средней.',
		figures: [{ figure: 'два с половиной раза', value: 2.5, unit: 'ratio', qualifier: 'exact' }]
	},
	{
		text: 'Выпуск цемента в стране превышает внутренний спрос в 1,4 раза.',
		figures: [{ figure: '1,4 раза', value: 1.4, unit: 'ratio', qualifier: 'exact' }]
	},
	{
		text: 'Экспорт в Китай меньше импорта оттуда в 25 раз.',
		figures: [{ figure: '25 раз', value: 25, unit: 'ratio', qualifier: 'exact' }]
	},
	{
		text: 'Зарплаты в регионах отличаются от столичных менее чем в полтора раза.',
		figures: [{ figure: 'полтора раза', value: 1.5, unit: 'ratio', qualifier: 'less_than' }]
	},
	{
		text: 'Доставка грузов через Каспий обходится в разы дороже, чем по железной дороге через Казахстан.',
		figures: []
	},
	{
		text: 'Концентрация пыли у цементного завода в сто раз превышала норматив.',
		figures: [{ figure: 'сто раз', value: 100, unit: 'ratio', qualifier: 'exact' }]
	},
	{
		text: 'Добыча угля в Кара-Кече с 2019 года выросла в четыре раза, до 3,9 млн тонн.',
		figures: [
			{ figure: '2019 года', value: 2019, unit: 'year', qualifier: 'exact' },
			{ figure: 'четыре раза', value: 4, unit: 'ratio', qualifier: 'exact' },
			{ figure: '3,9 млн', value: 3900000, unit: null, qualifier: 'exact' }
		]
	},

	// Percentage points.
	{
		text: 'Доля кредитов в иностранной валюте сократилась за год на 4,6 п.п.',
		figures: [{ figure: '4,6 п.п.', value: 4.6, unit: 'pp', qualifier: 'exact' }]
	},
	{
		text: 'Нацбанк поднял учетную ставку сразу на 2 процентных пункта — до 13%.',
		figures: [
			{ figure: '2 процентных пункта', value: 2, unit: 'pp', qualifier: 'exact' },
			{ figure: '13%', value: 13, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Отношение налоговых поступлений к ВВП увеличилось на 1,3 п. п., до 19,8%.',
		figures: [
			{ figure: '1,3 п. п.', value: 1.3, unit: 'pp', qualifier: 'exact' },
			{ figure: '19,8%', value: 19.8, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'МВФ ожидает, что рост ВВП Кыргызстана в 2026 году замедлится на один процентный пункт.',
		figures: [
			{ figure: '2026 году', value: 2026, unit: 'year', qualifier: 'exact' },
			{ figure: 'один процентный пункт', value: 1, unit: 'pp', qualifier: 'exact' }
		]
	},
	{
		text: 'Прогноз по инфляции на конец года Нацбанк ухудшил на 0,7 процентного пункта.',
		figures: [{ figure: '0,7 процентного пункта', value: 0.7, unit: 'pp', qualifier: 'exact' }]
	},
	{
		text: 'Вклад строительства в прирост ВВП составил 2,6 п.п., торговли — 1,8 п.п.',
		figures: [
			{ figure: '2,6 п.п.', value: 2.6, unit: 'pp', qualifier: 'exact' },
			{ figure: '1,8 п.п.', value: 1.8, unit: 'pp', qualifier: 'exact' }
		]
	},
	{
		text: 'Доля золота в экспорте за пять лет упала на 11 процентных пунктов.',
		figures: [
			{ figure: 'пять', value: 5, unit: null, qualifier: 'exact' },
			{ figure: '11 процентных пунктов', value: 11, unit: 'pp', qualifier: 'exact' }
		]
	},
	{
		text: 'Уровень безработицы опустился ниже 5%, что на 0,4 п.п. меньше, чем годом ранее.',
		figures: [
			{ figure: '5%', value: 5, unit: 'percent', qualifier: 'less_than' },
			{ figure: '0,4 п.п.', value: 0.4, unit: 'pp', qualifier: 'exact' }
		]
	},
	{
		text: 'Реальные доходы населения выросли на 3,5%, что на 1,1 п. п. выше прогноза.',
		figures: [
			{ figure: '3,5%', value: 3.5, unit: 'percent', qualifier: 'exact' },
			{ figure: '1,1 п. п.', value: 1.1, unit: 'pp', qualifier: 'exact' }
		]
	},
	{
		text: 'Доля ЕАЭС во внешней торговле снизилась почти на 5 п.п., зато Китай прибавил 7 процентных пунктов.',
		figures: [
			{ figure: '5 п.п.', value: 5, unit: 'pp', qualifier: 'approx' },
			{ figure: '7 процентных пунктов', value: 7, unit: 'pp', qualifier: 'exact' }
		]
	},
	{
		text: 'Маржа по льготным агрокредитам должна составлять не менее 3 процентных пунктов сверх учетной ставки.',
		figures: [{ figure: '3 процентных пунктов', value: 3, unit: 'pp', qualifier: 'at_least' }]
	},
	{
		text: 'По итогам 2024 г. доля зеленых кредитов в портфеле банков выросла на 0,25 п.п.',
		figures: [
			{ figure: '2024 г.', value: 2024, unit: 'year', qualifier: 'exact' },
			{ figure: '0,25 п.п.', value: 0.25, unit: 'pp', qualifier: 'exact' }
		]
	},
	{
		text: 'Каждый процентный пункт повышения учетной ставки обходится заемщикам в 1,2 млрд сомов.',
		figures: [{ figure: '1,2 млрд сомов', value: 1200000000, unit: 'KGS', qualifier: 'exact' }]
	},
	{
		text: 'Ставку налога с продаж для розничной торговли снизят с 2% до 1%, то есть вдвое.',
		figures: [
			{ figure: '2%', value: 2, unit: 'percent', qualifier: 'exact' },
			{ figure: '1%', value: 1, unit: 'percent', qualifier: 'exact' },
			{ figure: 'вдвое', value: 2, unit: 'ratio', qualifier: 'exact' }
		]
	},

	// Fractions in words; halves of periods and places are not.
	{
		text: 'Почти четверть ввезенных в страну легковых автомобилей приходится на электромобили.',
		figures: [{ figure: 'четверть', value: 0.25, unit: 'fraction', qualifier: 'approx' }]
	},
	{
		text: 'Около половины выданных агрокредитов направлено на животноводство.',
		figures: [{ figure: 'половины', value: 0.5, unit: 'fraction', qualifier: 'approx' }]
	},
	{
		text: 'Половина швейной продукции уходит в Россию, еще четверть — в Казахстан.',
		figures: [
			{ figure: 'Половина', value: 0.5, unit: 'fraction', qualifier: 'exact' },
			{ figure: 'четверть', value: 0.25, unit: 'fraction', qualifier: 'exact' }
		]
	},
	{
		text: 'Государство берет на себя две трети стоимости страхового полиса для фермеров.',
		figures: [{ figure: 'две трети', value: 2 / 3, unit: 'fraction', qualifier: 'exact' }]
	},
	{
		text: 'Свыше трех четвертей кыргызского золота экспортируется в Великобританию и Швейцарию.',
		figures: [{ figure: 'трех четвертей', value: 0.75, unit: 'fraction', qualifier: 'more_than' }]
	},
	{
		text: 'Меньше половины из 40 малых ГЭС страны работают круглый год.',
		figures: [
			{ figure: 'половины', value: 0.5, unit: 'fraction', qualifier: 'less_than' },
			{ figure: '40', value: 40, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Во второй половине года Кумтор планирует нарастить добычу на 15%.',
		figures: [{ figure: '15%', value: 15, unit: 'percent', qualifier: 'exact' }]
	},
	{
		text: 'Из-за жары строители на объектах Оша работают только в первой половине дня.',
		figures: []
	},
	{
		text: 'Строительство нового цеха на мебельной фабрике заняло полгода и обошлось в 75 млн сомов.',
		figures: [{ figure: '75 млн сомов', value: 75000000, unit: 'KGS', qualifier: 'exact' }]
	},
	{
		text: 'Из-за аварии на подстанции пол-Бишкека осталось без света на несколько часов.',
		figures: []
	},
	{
		text: 'Четверти фермеров Баткенской области не хватает поливной воды.',
		figures: [{ figure: 'Четверти', value: 0.25, unit: 'fraction', qualifier: 'exact' }]
	},
	{
		text: 'Из-за падения закупочных цен доход хлопкоробов Джалал-Абада сократился на четверть.',
		figures: [{ figure: 'четверть', value: 0.25, unit: 'fraction', qualifier: 'exact' }]
	},
	{
		text: 'Две трети из почти 900 тыс. трудовых мигрантов работают в России.',
		figures: [
			{ figure: 'Две трети', value: 2 / 3, unit: 'fraction', qualifier: 'exact' },
			{ figure: '900 тыс.', value: 900000, unit: null, qualifier: 'approx' }
		]
	},
	{
		text: 'Половиной акций совместного угольного предприятия в Кара-Кече владеет государство.',
		figures: [{ figure: 'Половиной', value: 0.5, unit: 'fraction', qualifier: 'exact' }]
	},
	{
		text: 'Загрузка мощностей сахарного завода в сезон составляет менее трети.',
		figures: [{ figure: 'трети', value: 1 / 3, unit: 'fraction', qualifier: 'less_than' }]
	},
	{
		text: 'Как минимум треть добытого в Кара-Кече угля сжигают на ТЭЦ Бишкека.',
		figures: [{ figure: 'треть', value: 1 / 3, unit: 'fraction', qualifier: 'at_least' }]
	},
	{
		text: 'Ко второй половине 2027 года линия по производству стекловаты выйдет на проектную мощность.',
		figures: [{ figure: '2027 года', value: 2027, unit: 'year', qualifier: 'exact' }]
	},
	{
		text: 'Каждый третий автобус в Бишкеке работает на сжатом газе.',
		figures: []
	},
	{
		text: 'Поголовье яков в Нарынской области за десять лет сократилось наполовину.',
		figures: [
			{ figure: 'десять', value: 10, unit: null, qualifier: 'exact' },
			{ figure: 'наполовину', value: 0.5, unit: 'fraction', qualifier: 'exact' }
		]
	},

	// Standards, models, addresses, documents, phones, codes: numbers that are no quantities.
	{
		text: 'Качество электроэнергии в сетях Бишкека не соответствует ГОСТ 32144-2013, заявили в Антимонопольной службе.',
		figures: []
	},
	{
		text: 'Рудник прошел сертификацию по ISO 45001, а число производственных травм за год снизилось на 40%.',
		figures: [{ figure: '40%', value: 40, unit: 'percent', qualifier: 'exact' }]
	},
	{
		text: 'За нарушение требований стандарта СТ КР 1234 к маркировке кумыса производителей оштрафуют на сумму от 10 до 20 тыс. сомов.',
		figures: [
			{
				figure: '10 до 20 тыс. сомов',
				value: 10000,
				value_max: 20000,
				unit: 'KGS',
				qualifier: 'range'
			}
		]
	},
	{
		text: 'Бишкекский автобусный парк получил 120 газовых автобусов Yutong ZK6128.',
		figures: [{ figure: '120', value: 120, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'На маршрут № 7 вышли 15 автобусов МАЗ-203, еще 10 поступят до конца месяца.',
		figures: [
			{ figure: '15', value: 15, unit: null, qualifier: 'exact' },
			{ figure: '10', value: 10, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'В Оше наладили сборку микроавтобусов Hyundai County: за год с конвейера сошли 350 машин.',
		figures: [{ figure: '350', value: 350, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Мэрия закупит 100 низкопольных автобусов ЛиАЗ-5292 на 1,2 млрд сомов.',
		figures: [
			{ figure: '100', value: 100, unit: null, qualifier: 'exact' },
			{ figure: '1,2 млрд сомов', value: 1200000000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Национальный авиаперевозчик взял в лизинг два Boeing 737 и откроет рейсы в Урумчи.',
		figures: [{ figure: 'два', value: 2, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Прием документов на субсидии ведется по адресу: ул. Токтогула, 125, тел. +996 (312) 62-45-78.',
		figures: []
	},
	{
		text: 'Новый центр обслуживания налогоплательщиков открылся по адресу проспект Манаса, 40/1.',
		figures: []
	},
	{
		text: 'Пункт приема металлолома в мкр. Асанбай, 10 оштрафовали на 45 тыс. сомов.',
		figures: [{ figure: '45 тыс. сомов', value: 45000, unit: 'KGS', qualifier: 'exact' }]
	},
	{
		text: 'Цех № 3 Кара-Балтинского горнорудного комбината модернизируют за 8 млн долларов.',
		figures: [{ figure: '8 млн долларов', value: 8000000, unit: 'USD', qualifier: 'exact' }]
	},
	{
		text: 'Согласно постановлению № 45, плата за пользование пастбищами в 2026 году вырастет на 15%.',
		figures: [
			{ figure: '2026 году', value: 2026, unit: 'year', qualifier: 'exact' },
			{ figure: '15%', value: 15, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Согласно статье 58 Налогового кодекса, экспортеры освобождаются от налога на прибыль на 3 года.',
		figures: [{ figure: '3', value: 3, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Жалобы на отключения света принимает горячая линия по номеру 0 (312) 66 05 05.',
		figures: []
	},
	{
		text: 'Экспорт товаров по коду ТН ВЭД 7108 (золото) за девять месяцев составил 1,9 млрд долларов.',
		figures: [
			{ figure: 'девять', value: 9, unit: null, qualifier: 'exact' },
			{ figure: '1,9 млрд долларов', value: 1900000000, unit: 'USD', qualifier: 'exact' }
		]
	},
	{
		text: 'Заявки направлять по адресу: 720040, г. Бишкек, ул. Абдрахманова, 205.',
		figures: []
	},
	{
		text: 'С 2026 года ввоз автомобилей ниже экологического класса Евро-4 будет запрещен.',
		figures: [{ figure: '2026 года', value: 2026, unit: 'year', qualifier: 'exact' }]
	},
	{
		text: 'Контейнеры со станции Бишкек-2 доходят до Стамбула за 9 суток.',
		figures: [{ figure: '9', value: 9, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'На 3-м участке карьера Кумтора с начала года добыли 2,1 тонны золота.',
		figures: [{ figure: '2,1', value: 2.1, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'Кумтор — один из крупнейших золотых рудников Центральной Азии, на него приходится около 10% ВВП.',
		figures: [{ figure: '10%', value: 10, unit: 'percent', qualifier: 'approx' }]
	},

	// Ordinary amounts, number words, currencies and years.
	{
		text: 'В 2024 и 2025 годах на ремонт региональных дорог направят 14,7 млрд сомов.',
		figures: [
			{ figure: '2024', value: 2024, unit: 'year', qualifier: 'exact' },
			{ figure: '2025 годах', value: 2025, unit: 'year', qualifier: 'exact' },
			{ figure: '14,7 млрд сомов', value: 14700000000, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'С 1 марта 2026 года экспортеры скота обязаны чипировать каждое животное.',
		figures: [{ figure: '2026 года', value: 2026, unit: 'year', qualifier: 'exact' }]
	},
	{
		text: 'За январь–август 2025 года товарооборот с Казахстаном составил 1 млрд 230 млн долларов.',
		figures: [
			{ figure: '2025 года', value: 2025, unit: 'year', qualifier: 'exact' },
			{ figure: '1 млрд 230 млн долларов', value: 1230000000, unit: 'USD', qualifier: 'exact' }
		]
	},
	{
		text: 'Казахстанские элеваторы поставили в республику 120 тысяч тонн пшеницы по 95 тыс. тенге за тонну.',
		figures: [
			{ figure: '120 тысяч', value: 120000, unit: null, qualifier: 'exact' },
			{ figure: '95 тыс. тенге', value: 95000, unit: 'KZT', qualifier: 'exact' }
		]
	},
	{
		text: 'Китай выделил Кыргызстану грант в размере 500 млн юаней на строительство больниц и школ.',
		figures: [{ figure: '500 млн юаней', value: 500000000, unit: 'CNY', qualifier: 'exact' }]
	},
	{
		text: 'Российский холдинг инвестирует 3,5 млрд рублей в производство азотных удобрений под Таласом.',
		figures: [{ figure: '3,5 млрд рублей', value: 3500000000, unit: 'RUB', qualifier: 'exact' }]
	},
	{
		text: 'ЕАБР одобрил кредит в 35 млн евро на закупку 200 электробусов для Бишкека и Оша.',
		figures: [
			{ figure: '35 млн евро', value: 35000000, unit: 'EUR', qualifier: 'exact' },
			{ figure: '200', value: 200, unit: null, qualifier: 'exact' }
		]
	},
	{
		text: 'Средний перевод мигранта из России составляет 530 долларов, или примерно 46 тыс. сомов.',
		figures: [
			{ figure: '530 долларов', value: 530, unit: 'USD', qualifier: 'exact' },
			{ figure: '46 тыс. сомов', value: 46000, unit: 'KGS', qualifier: 'approx' }
		]
	},
	{
		text: 'На границе с Казахстаном в очереди стоят более тысячи фур с овощами.',
		figures: [{ figure: 'тысячи', value: 1000, unit: null, qualifier: 'more_than' }]
	},
	{
		text: 'Девяносто шесть процентов выпускаемых в стране автобусов собирается из китайских машинокомплектов.',
		figures: [
			{ figure: 'Девяносто шесть процентов', value: 96, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Семенной картофель закупили у сорока двух хозяйств Иссык-Кульской области.',
		figures: [{ figure: 'сорока двух', value: 42, unit: null, qualifier: 'exact' }]
	},
	{
		text: 'На реконструкцию Бишкекской ТЭЦ направят еще около полутора миллиардов сомов.',
		figures: [
			{ figure: 'полутора миллиардов сомов', value: 1500000000, unit: 'KGS', qualifier: 'approx' }
		]
	},
	{
		text: 'На строительство нового моста ушло свыше пятисот тонн арматуры.',
		figures: [{ figure: 'пятисот', value: 500, unit: null, qualifier: 'more_than' }]
	},
	{
		text: 'По оценке Нацстаткома, ВВП страны по итогам года превысил 1,5 трлн сомов.',
		figures: [
			{ figure: '1,5 трлн сомов', value: 1500000000000, unit: 'KGS', qualifier: 'more_than' }
		]
	},
	{
		text: 'В ноябре 2025 цены на уголь на складах Бишкека выросли на 12%.',
		figures: [
			{ figure: '2025', value: 2025, unit: 'year', qualifier: 'exact' },
			{ figure: '12%', value: 12, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Цены на бензин в Кыргызстане на 8–10 сомов за литр выше, чем в Казахстане.',
		figures: [{ figure: '8–10 сомов', value: 8, value_max: 10, unit: 'KGS', qualifier: 'range' }]
	},
	{
		text: 'Летом мощности ТЭЦ Бишкека загружены лишь на 20–25%.',
		figures: [{ figure: '20–25%', value: 20, value_max: 25, unit: 'percent', qualifier: 'range' }]
	},
	{
		text: 'Срок возврата НДС экспортерам сократят с 60 до 30 дней, а выход на окупаемость займет от двух до трех лет.',
		figures: [
			{ figure: '60', value: 60, unit: null, qualifier: 'exact' },
			{ figure: '30', value: 30, unit: null, qualifier: 'exact' },
			{ figure: 'двух до трех', value: 2, value_max: 3, unit: null, qualifier: 'range' }
		]
	},
	{
		text: 'Ежемесячная выплата многодетным семьям увеличится с 1 200 до полутора тысяч сомов.',
		figures: [
			{ figure: '1 200', value: 1200, unit: 'KGS', qualifier: 'exact' },
			{ figure: 'полутора тысяч сомов', value: 1500, unit: 'KGS', qualifier: 'exact' }
		]
	},
	{
		text: 'Десятки тысяч мигрантов из-за ужесточения правил въезда вернулись домой.',
		figures: []
	},
	{
		text: 'Ставку налога на добычу угля в бюджете на 2026 год поднимут с 6% до 8%.',
		figures: [
			{ figure: '2026 год', value: 2026, unit: 'year', qualifier: 'exact' },
			{ figure: '6%', value: 6, unit: 'percent', qualifier: 'exact' },
			{ figure: '8%', value: 8, unit: 'percent', qualifier: 'exact' }
		]
	},
	{
		text: 'Тринадцатую зарплату в этом году получат все сотрудники «Кыргызалтына».',
		figures: []
	},
	{
		text: 'За год из Беларуси ввезли около трех тысяч тракторов МТЗ-82 на 40 млн белорусских рублей.',
		figures: [
			{ figure: 'трех тысяч', value: 3000, unit: null, qualifier: 'approx' },
			{ figure: '40 млн белорусских рублей', value: 40000000, unit: 'BYN', qualifier: 'exact' }
		]
	}
];
