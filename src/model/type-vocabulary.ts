/**
 * The member-type vocabulary: the names of the member types of an educational cluster in English,
 * Uzbek (Latin and Cyrillic script) and Russian, grouped by canonical type class. Data only, plus the
 * key function that matches a written type against it.
 *
 * The vocabulary never rewrites what a user wrote: a member's `type` stays as written, and the class
 * found here only gives its `typeClass` and the defaults derived from it (sector, helix). Matching
 * ({@link typeKey}) ignores case (Latin and Cyrillic), spaces, hyphens, underscores, dots, commas,
 * brackets, quotes and the apostrophe variants of Uzbek Latin (o‘ o' oʻ o’ o` g‘ ta'lim taʼlim); it
 * folds the Uzbek Cyrillic letters ҳ қ ғ ў to х к г у and ё to е, so "Халк таълими бошкармаси" typed
 * without them matches too. Plurals: the common plural of each term is listed; besides, an Uzbek
 * plural in -lar / -лар, or -lari / -лари for a possessive compound ("boshqarmalari" → "boshqarmasi"),
 * and a one-word Russian plural in -ы / -и ("колледжи" → "колледж", "школы" → "школа") are reduced to
 * the listed singular (see `lookupType` in vocabulary.ts).
 *
 * Sources of the terms: the names the education system of Uzbekistan uses for its institutions
 * (Law "On Education" of 23.09.2020 No. ЗРУ-637 in its Uzbek and Russian texts: maktabgacha ta'lim
 * tashkiloti, umumiy o'rta ta'lim, o'rta maxsus / professional ta'lim — kasb-hunar maktabi, kollej,
 * texnikum —, oliy ta'lim tashkiloti, pedagog kadrlarni qayta tayyorlash va malakasini oshirish;
 * ministries, hokimliklar, Ta'lim sifatini nazorat qilish davlat inspeksiyasi, nodavlat notijorat
 * tashkilotlari), and the usual Russian names of the same institutions in Uzbekistan and Russia
 * (вуз, НИИ, СОШ, ДОУ, РОНО, ННО, НКО, ООО, АО). Abbreviations are listed only where they name a type
 * unambiguously (НПО, which is both an NGO and a research-and-production company, is not).
 */

/** Canonical member types (type classes). */
export type MemberType =
  | 'university'
  | 'teacher-training'
  | 'school'
  | 'college'
  | 'research'
  | 'business'
  | 'state'
  | 'inspectorate'
  | 'ngo'
  | 'international'
  | 'other';

/** The languages (and scripts) of the vocabulary. */
export type VocabularyLanguage = 'en' | 'uz' | 'uzCyrl' | 'ru';

/** Terms of one type class by language: singular forms and their common plurals. */
export type TypeTerms = Readonly<Record<VocabularyLanguage, readonly string[]>>;

/**
 * Lower case (Latin and Cyrillic), NFC, without BOM, spaces, hyphens, underscores, dots, commas,
 * brackets, quotes, the number sign or apostrophes (' ‘ ’ ʻ ʼ ` ´); ё→е, ҳ→х, қ→к, ғ→г, ў→у.
 * "O‘quv", "O'quv" and "oʻquv" give the same key; so do "Бошқарма" and "бошкарма".
 */
export function typeKey(value: string): string {
  return value
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s\-_.,;:()[\]{}"'`´‘’ʻʼʹ«»“”„№/\\]+/g, '')
    .replace(/[ёҳқғў]/g, (c) => ({ ё: 'е', ҳ: 'х', қ: 'к', ғ: 'г', ў: 'у' })[c as 'ё' | 'ҳ' | 'қ' | 'ғ' | 'ў']);
}

/** The vocabulary: type class → terms by language (the class's own name is always accepted too). */
export const TYPE_TERMS: Readonly<Record<MemberType, TypeTerms>> = {
  state: {
    en: [
      'state', 'ministry', 'ministries', 'agency', 'authority', 'municipality', 'education office', 'government', 'state body',
      'state agency', 'public authority', 'local authority', 'local government', 'education department', 'department of education',
      'municipal education office', 'district education department', 'regional education department', 'committee', 'state committee',
      'khokimiyat', 'hokimiyat',
    ],
    uz: [
      'vazirlik', 'vazirligi', 'Xalq ta\'limi vazirligi', 'XTV', 'Maktabgacha va maktab ta\'limi vazirligi', 'Maktabgacha ta\'lim vazirligi',
      'Oliy ta\'lim, fan va innovatsiyalar vazirligi', 'Oliy va o\'rta maxsus ta\'lim vazirligi', 'Xalq ta\'limi boshqarmasi', 'XTB',
      'Maktabgacha va maktab ta\'limi boshqarmasi', 'ta\'lim boshqarmasi', 'boshqarma', 'boshqarmasi', 'Xalq ta\'limi bo\'limi',
      'tuman xalq ta\'limi bo\'limi', 'Maktabgacha va maktab ta\'limi bo\'limi', 'ta\'lim bo\'limi', 'hokimiyat', 'hokimlik', 'hokimligi',
      'viloyat hokimligi', 'tuman hokimligi', 'shahar hokimligi', 'agentlik', 'agentligi', 'davlat organi', 'davlat organlari',
      'davlat idorasi', 'davlat boshqaruvi organi', 'qo\'mita', 'qo\'mitasi', 'davlat qo\'mitasi',
    ],
    uzCyrl: [
      'вазирлик', 'вазирлиги', 'Халқ таълими вазирлиги', 'Мактабгача ва мактаб таълими вазирлиги', 'Олий таълим, фан ва инновациялар вазирлиги',
      'Олий ва ўрта махсус таълим вазирлиги', 'Халқ таълими бошқармаси', 'Мактабгача ва мактаб таълими бошқармаси', 'таълим бошқармаси',
      'бошқарма', 'бошқармаси', 'Халқ таълими бўлими', 'туман халқ таълими бўлими', 'таълим бўлими', 'ҳокимият', 'ҳокимлик', 'ҳокимлиги',
      'вилоят ҳокимлиги', 'туман ҳокимлиги', 'шаҳар ҳокимлиги', 'агентлик', 'агентлиги', 'давлат органи', 'давлат органлари', 'давлат идораси',
      'қўмита', 'қўмитаси', 'давлат қўмитаси',
    ],
    ru: [
      'министерство', 'министерства', 'Министерство образования', 'Министерство народного образования', 'Министерство высшего образования',
      'Министерство дошкольного и школьного образования', 'Министерство просвещения', 'управление образования', 'управления образования',
      'управление народного образования', 'управления народного образования', 'отдел образования', 'отделы образования',
      'отдел народного образования', 'районный отдел образования', 'районные отделы образования', 'РОНО', 'ГОРОНО', 'УНО',
      'департамент образования', 'хокимият', 'хокимияты', 'администрация', 'администрации', 'администрация района', 'государственный орган',
      'государственные органы', 'госорган', 'госорганы', 'орган управления образованием', 'органы управления образованием', 'агентство',
      'агентства', 'государственное агентство', 'комитет', 'комитеты', 'государственный комитет', 'муниципалитет', 'органы власти',
      'орган власти', 'орган местного самоуправления',
    ],
  },
  inspectorate: {
    en: ['inspectorate', 'inspectorates', 'inspection', 'school inspectorate', 'education inspectorate', 'school inspection', 'state inspectorate', 'quality inspectorate'],
    uz: [
      'inspeksiya', 'inspeksiyasi', 'inspektsiya', 'inspektsiyasi', 'davlat inspeksiyasi', 'ta\'lim inspeksiyasi',
      'Ta\'lim sifatini nazorat qilish davlat inspeksiyasi', 'Ta\'lim sifatini nazorat qilish inspeksiyasi', 'nazorat inspeksiyasi',
    ],
    uzCyrl: ['инспекцияси', 'давлат инспекцияси', 'таълим инспекцияси', 'Таълим сифатини назорат қилиш давлат инспекцияси', 'назорат инспекцияси'],
    ru: [
      'инспекция', 'инспекции', 'государственная инспекция', 'инспекция образования', 'инспекция по контролю качества образования',
      'Государственная инспекция по надзору за качеством образования', 'Инспекция по надзору за качеством образования', 'надзорный орган',
      'органы надзора',
    ],
  },
  university: {
    en: [
      'university', 'universities', 'uni', 'higher education institution', 'higher education institutions', 'HEI', 'institute of higher education',
      'technical university', 'state university', 'university branch',
    ],
    uz: [
      'universitet', 'universiteti', 'davlat universiteti', 'texnika universiteti', 'universitet filiali', 'oliy ta\'lim muassasasi',
      'oliy ta\'lim tashkiloti', 'OTM', 'oliy o\'quv yurti', 'oliy o\'quv yurtlari', 'institut', 'instituti', 'oliy ta\'lim',
    ],
    uzCyrl: [
      'университети', 'давлат университети', 'техника университети', 'университет филиали', 'олий таълим муассасаси', 'олий таълим ташкилоти',
      'ОТМ', 'олий ўқув юрти', 'олий ўқув юртлари', 'институти', 'олий таълим',
    ],
    ru: [
      'университет', 'университеты', 'вуз', 'вузы', 'высшее учебное заведение', 'высшие учебные заведения', 'государственный университет',
      'технический университет', 'филиал университета', 'институт', 'институты', 'организация высшего образования',
      'образовательная организация высшего образования', 'ОВО', 'высшее образование',
    ],
  },
  'teacher-training': {
    en: [
      'teacher-training', 'teacher training institute', 'teacher training college', 'teacher training centre', 'teacher training center',
      'pedagogical institute', 'pedagogical institutes', 'pedagogical university', 'pedagogical college', 'in-service training institute',
      'in-service teacher training', 'institute for teacher training', 'professional development institute', 'in-service training centre',
      'in-service training center',
    ],
    uz: [
      'pedagogika instituti', 'davlat pedagogika instituti', 'pedagogika universiteti', 'davlat pedagogika universiteti', 'pedagogika kolleji',
      'malaka oshirish instituti', 'malaka oshirish markazi', 'qayta tayyorlash va malaka oshirish instituti',
      'pedagog kadrlarni qayta tayyorlash va ularning malakasini oshirish instituti', 'xalq ta\'limi xodimlarini qayta tayyorlash va malakasini oshirish instituti',
      'pedagogik mahorat markazi', 'hududiy pedagogik mahorat markazi', 'pedagogik mahorat markazlari',
    ],
    uzCyrl: [
      'педагогика институти', 'давлат педагогика институти', 'педагогика университети', 'педагогика коллежи', 'малака ошириш институти',
      'малака ошириш маркази', 'қайта тайёрлаш ва малака ошириш институти', 'педагогик маҳорат маркази', 'ҳудудий педагогик маҳорат маркази',
    ],
    ru: [
      'педагогический институт', 'педагогические институты', 'пединститут', 'педагогический университет', 'педагогические университеты',
      'педвуз', 'педвузы', 'педагогический колледж', 'педагогические колледжи', 'институт повышения квалификации',
      'институты повышения квалификации', 'ИПК', 'институт повышения квалификации учителей', 'институт переподготовки и повышения квалификации',
      'центр повышения квалификации', 'центры повышения квалификации', 'ИПКиПРО', 'институт развития образования',
      'центр педагогического мастерства', 'региональный центр педагогического мастерства',
    ],
  },
  college: {
    en: [
      'college', 'colleges', 'vocational college', 'technical college', 'technikum', 'technical school', 'vocational school', 'VET provider',
      'VET college', 'professional college', 'vocational training centre',
    ],
    uz: [
      'kollej', 'kolleji', 'kolledj', 'kasb-hunar kolleji', 'texnikum', 'texnikumi', 'tekhnikum', 'politexnikum', 'kasb-hunar maktabi',
      'kasb-hunar maktablari', 'kasbiy ta\'lim muassasasi', 'professional ta\'lim muassasasi', 'o\'rta maxsus ta\'lim muassasasi',
    ],
    uzCyrl: ['коллеж', 'коллежи', 'касб-ҳунар коллежи', 'техникуми', 'политехникум', 'касб-ҳунар мактаби', 'касбий таълим муассасаси', 'профессионал таълим муассасаси'],
    ru: [
      'колледж', 'колледжи', 'профессиональный колледж', 'профессиональные колледжи', 'техникум', 'техникумы', 'ПТУ',
      'профессионально-техническое училище', 'профессиональное училище', 'училище', 'училища', 'профессиональная школа',
      'профессиональные школы', 'организация СПО', 'учреждение СПО', 'СПО',
    ],
  },
  school: {
    en: [
      'school', 'schools', 'base school', 'lyceum', 'academic lyceum', 'gymnasium', 'primary school', 'secondary school', 'basic school',
      'general school', 'high school', 'comprehensive school', 'private school', 'specialised school', 'specialized school', 'boarding school',
      'presidential school', 'kindergarten', 'kindergartens', 'preschool', 'pre-school', 'preschool institution', 'nursery school',
    ],
    uz: [
      'maktab', 'maktabi', 'umumta\'lim maktabi', 'umumiy o\'rta ta\'lim maktabi', 'o\'rta maktab', 'boshlang\'ich maktab', 'xususiy maktab',
      'nodavlat maktab', 'ixtisoslashtirilgan maktab', 'ixtisoslashgan maktab', 'ixtisoslashtirilgan davlat umumta\'lim maktabi', 'IDUM',
      'Prezident maktabi', 'ijod maktabi', 'maktab-internat', 'akademik litsey', 'litsey', 'gimnaziya', 'barkamol avlod markazi',
      'barkamol avlod bolalar maktabi', 'bog\'cha', 'bolalar bog\'chasi', 'maktabgacha ta\'lim muassasasi', 'maktabgacha ta\'lim tashkiloti',
      'maktabgacha ta\'lim', 'MTM', 'MTT', 'DMTT', 'umumta\'lim muassasasi', 'umumiy o\'rta ta\'lim muassasasi',
    ],
    uzCyrl: [
      'мактаб', 'мактаби', 'умумтаълим мактаби', 'умумий ўрта таълим мактаби', 'ўрта мактаб', 'хусусий мактаб', 'ихтисослаштирилган мактаб',
      'ихтисослашган мактаб', 'Президент мактаби', 'ижод мактаби', 'мактаб-интернат', 'академик лицей', 'гимназия', 'боғча',
      'болалар боғчаси', 'мактабгача таълим муассасаси', 'мактабгача таълим ташкилоти', 'мактабгача таълим', 'МТМ', 'МТТ', 'ДМТТ',
      'умумтаълим муассасаси',
    ],
    ru: [
      'школа', 'школы', 'общеобразовательная школа', 'общеобразовательные школы', 'средняя школа', 'средние школы',
      'средняя общеобразовательная школа', 'СОШ', 'начальная школа', 'частная школа', 'специализированная школа', 'специализированные школы',
      'президентская школа', 'президентские школы', 'школа-интернат', 'базовая школа', 'опорная школа', 'лицей', 'лицеи', 'академический лицей',
      'академические лицеи', 'гимназия', 'гимназии', 'общеобразовательное учреждение', 'общеобразовательная организация', 'детский сад',
      'детские сады', 'дошкольное образовательное учреждение', 'дошкольные образовательные учреждения', 'ДОУ', 'дошкольная образовательная организация',
      'ДОО', 'дошкольное учреждение',
    ],
  },
  research: {
    en: [
      'research', 'research institute', 'research institutes', 'research centre', 'research center', 'research institution', 'research organisation',
      'research organization', 'laboratory', 'academy of sciences',
    ],
    uz: [
      'ilmiy-tadqiqot instituti', 'ITI', 'ilmiy-tadqiqot markazi', 'ilmiy tadqiqot muassasasi', 'ilmiy markaz', 'ilmiy muassasa',
      'ilmiy tashkilot', 'Fanlar akademiyasi', 'laboratoriya', 'laboratoriyasi',
    ],
    uzCyrl: ['илмий-тадқиқот институти', 'илмий-тадқиқот маркази', 'илмий марказ', 'илмий муассаса', 'Фанлар академияси', 'лаборатория', 'лабораторияси'],
    ru: [
      'научно-исследовательский институт', 'научно-исследовательские институты', 'НИИ', 'научный центр', 'научные центры',
      'научно-исследовательский центр', 'научная организация', 'научные организации', 'научное учреждение', 'академия наук', 'лаборатория',
      'лаборатории',
    ],
  },
  business: {
    en: [
      'business', 'businesses', 'company', 'companies', 'enterprise', 'enterprises', 'IT company', 'IT companies', 'firm', 'employer', 'corporation',
      'industry', 'private company', 'startup', 'SME', 'bank', 'banks', 'commercial bank', 'LLC', 'JSC', 'state enterprise',
    ],
    uz: [
      'korxona', 'korxonasi', 'xususiy korxona', 'davlat korxonasi', 'sanoat korxonasi', 'qo\'shma korxona', 'kompaniya', 'kompaniyasi',
      'firma', 'firmasi', 'IT kompaniya', 'IT kompaniyasi', 'IT-kompaniya', 'AT kompaniyasi', 'mas\'uliyati cheklangan jamiyat', 'MChJ',
      'aksiyadorlik jamiyati', 'AJ', 'bank', 'banki', 'tijorat banki', 'ish beruvchi', 'ish beruvchilar', 'tadbirkor', 'tadbirkorlik subyekti',
      'startap', 'zavod', 'fabrika', 'biznes',
    ],
    uzCyrl: [
      'корхона', 'корхонаси', 'хусусий корхона', 'давлат корхонаси', 'саноат корхонаси', 'қўшма корхона', 'компанияси', 'фирмаси',
      'ИТ компанияси', 'АТ компанияси', 'масъулияти чекланган жамият', 'МЧЖ', 'акциядорлик жамияти', 'АЖ', 'банки', 'тижорат банки',
      'иш берувчи', 'тадбиркор', 'тадбиркорлик субъекти',
    ],
    ru: [
      'предприятие', 'предприятия', 'промышленное предприятие', 'государственное предприятие', 'частное предприятие', 'компания', 'компании',
      'частная компания', 'фирма', 'фирмы', 'IT-компания', 'IT-компании', 'ИТ-компания', 'ИТ-компании', 'коммерческая организация',
      'коммерческие организации', 'ООО', 'АО', 'ОАО', 'ЗАО', 'ИП', 'банк', 'банки', 'коммерческий банк', 'коммерческие банки', 'работодатель',
      'работодатели', 'завод', 'заводы', 'фабрика', 'стартап', 'бизнес', 'холдинг', 'корпорация',
    ],
  },
  ngo: {
    en: [
      'ngo', 'NGOs', 'non-profit', 'nonprofit', 'non-profit organisation', 'non-profit organization', 'foundation', 'foundations', 'association',
      'non-governmental organisation', 'non-governmental organization', 'charity', 'civil society organisation', 'civil society organization',
      'CSO', 'public association', 'trade union',
    ],
    uz: [
      'NNT', 'nodavlat notijorat tashkiloti', 'nodavlat tashkilot', 'notijorat tashkilot', 'jamoat tashkiloti', 'jamoat birlashmasi',
      'jamg\'arma', 'jamg\'armasi', 'xayriya jamg\'armasi', 'xayriya tashkiloti', 'uyushma', 'uyushmasi', 'assotsiatsiya', 'assotsiatsiyasi',
      'kasaba uyushmasi',
    ],
    uzCyrl: [
      'ННТ', 'нодавлат нотижорат ташкилоти', 'нодавлат ташкилот', 'жамоат ташкилоти', 'жамоат бирлашмаси', 'жамғарма', 'жамғармаси',
      'хайрия жамғармаси', 'уюшма', 'уюшмаси', 'ассоциацияси', 'касаба уюшмаси',
    ],
    ru: [
      'ННО', 'НКО', 'негосударственная некоммерческая организация', 'негосударственные некоммерческие организации', 'некоммерческая организация',
      'некоммерческие организации', 'общественная организация', 'общественные организации', 'общественное объединение',
      'общественные объединения', 'фонд', 'фонды', 'благотворительный фонд', 'благотворительные фонды', 'ассоциация', 'ассоциации',
      'профсоюз', 'неправительственная организация',
    ],
  },
  international: {
    en: [
      'international', 'international organisation', 'international organization', 'international organisations', 'international organizations',
      'donor', 'donors', 'international donor', 'development partner', 'IO',
    ],
    uz: ['xalqaro tashkilot', 'xalqaro tashkiloti', 'xalqaro hamkor', 'xalqaro jamg\'arma', 'xalqaro moliya tashkiloti', 'donor', 'donor tashkilot'],
    uzCyrl: ['халқаро ташкилот', 'халқаро ташкилоти', 'халқаро ҳамкор', 'халқаро жамғарма', 'донор', 'донор ташкилот'],
    ru: [
      'международная организация', 'международные организации', 'международный фонд', 'международная финансовая организация', 'донор',
      'доноры', 'международный донор', 'партнер по развитию', 'партнёр по развитию', 'партнеры по развитию',
    ],
  },
  other: {
    en: ['other', 'others'],
    uz: ['boshqa', 'boshqalar'],
    uzCyrl: ['бошқа'],
    ru: ['другое', 'другие', 'прочее', 'прочие', 'иное'],
  },
};

/**
 * Plural (and possessive-plural) endings reduced to the singular when a key is not listed itself:
 * [ending, replacements tried in order]. Uzbek: -lar / -лар dropped; -lari / -лари → -si, -i
 * ("boshqarmalari" → "boshqarmasi", "kollejlari" → "kolleji"). Russian one-word plurals: -ы → "" or -а,
 * -и → "", -й, -а or -я ("колледжи" → "колледж", "лицеи" → "лицей", "школы" → "школа").
 */
export const PLURAL_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['lari', ['si', 'i']],
  ['лари', ['си', 'и']],
  ['lar', ['']],
  ['лар', ['']],
  ['ы', ['', 'а']],
  ['и', ['', 'й', 'а', 'я']],
];
