/**
 * Gazetteer word lists: general knowledge of the news world, not names any one document needs.
 * One entry per line; `|` separates the canonical name (first) from its aliases. An alias in
 * capitals (`US`, `WHO`) matches only in capitals.
 */

/** Sovereign states and a few widely named territories. */
export const COUNTRIES = `Afghanistan
Albania
Algeria
Andorra
Angola
Antigua and Barbuda
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas|The Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina|Bosnia
Botswana
Brazil
Brunei
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Cape Verde
Central African Republic
Chad
Chile
China|People's Republic of China|PRC|Mainland China
Colombia
Comoros
Congo|Republic of the Congo
Democratic Republic of the Congo|DR Congo|DRC
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic|Czechia
Denmark
Djibouti
Dominica
Dominican Republic
East Timor|Timor-Leste
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini|Swaziland
Ethiopia
Fiji
Finland
France
Gabon
Gambia|The Gambia
Georgia
Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran|Islamic Republic of Iran
Iraq
Ireland|Republic of Ireland
Israel
Italy
Ivory Coast|Côte d'Ivoire
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Marshall Islands
Mauritania
Mauritius
Mexico
Micronesia
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar|Burma
Namibia
Nauru
Nepal
Netherlands|The Netherlands|Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea|Democratic People's Republic of Korea|DPRK
North Macedonia|Macedonia
Norway
Oman
Pakistan
Palau
Palestine|Palestinian Territories|State of Palestine
Panama
Papua New Guinea
Paraguay
Peru
Philippines|The Philippines
Poland
Portugal
Qatar
Romania
Russia|Russian Federation
Rwanda
Saint Lucia
Samoa
San Marino
Saudi Arabia
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Solomon Islands
Somalia
South Africa
South Korea|Republic of Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Togo
Tonga
Trinidad and Tobago
Tunisia
Turkey|Türkiye
Turkmenistan
Tuvalu
Uganda
Ukraine|the Ukraine
United Arab Emirates|UAE
United Kingdom|UK|U.K.|Britain|Great Britain
United States|United States of America|US|U.S.|USA|U.S.A.|America
Uruguay
Uzbekistan
Vanuatu
Vatican|Vatican City|Holy See
Venezuela
Vietnam|Viet Nam
Yemen
Zambia
Zimbabwe
Greenland
Puerto Rico
Hong Kong
Macau|Macao`;

/** Capitals and other major cities. */
export const CITIES = `Abu Dhabi
Abuja
Accra
Addis Ababa
Aleppo
Algiers
Almaty
Amman
Amsterdam
Ankara
Athens
Atlanta
Auckland
Austin
Baghdad
Baku
Baltimore
Bangkok
Barcelona
Basra
Beijing|Peking
Beirut
Belgrade
Berlin
Bern
Bogota|Bogotá
Boston
Brasilia|Brasília
Bratislava
Brisbane
Brussels
Bucharest
Budapest
Buenos Aires
Cairo
Calgary
Canberra
Cape Town
Caracas
Casablanca
Chennai
Chicago
Chisinau|Chișinău
Copenhagen
Dakar
Dallas
Damascus
Delhi|New Delhi
Denver
Detroit
Dhaka
Dnipro
Doha
Donetsk
Dubai
Dublin
Durban
Edinburgh
Frankfurt
Gaza City
Geneva
Glasgow
Guangzhou
Hamburg
Hanoi
Harare
Havana
Helsinki
Ho Chi Minh City|Saigon
Honolulu
Houston
Islamabad
Istanbul
Jakarta
Jeddah
Jerusalem
Johannesburg
Kabul
Kampala
Karachi
Kathmandu
Kharkiv|Kharkov
Khartoum
Kherson
Kinshasa
Kolkata|Calcutta
Kuala Lumpur
Kyiv|Kiev
Lagos
Lahore
Las Vegas
Lima
Lisbon
Liverpool
Ljubljana
London
Los Angeles|L.A.
Luanda
Luhansk|Lugansk
Luxembourg City
Lviv
Lyon
Madrid
Manchester
Manila
Mariupol
Marseille
Mecca
Melbourne
Mexico City
Miami
Milan
Minsk
Mogadishu
Montreal
Moscow
Mosul
Mumbai|Bombay
Munich
Nairobi
Naples
New Orleans
New York|New York City|NYC
Nice
Odesa|Odessa
Osaka
Oslo
Ottawa
Paris
Perth
Philadelphia
Phnom Penh
Phoenix
Prague
Pretoria
Pyongyang
Quebec City
Quito
Rabat
Ramallah
Riga
Rio de Janeiro
Riyadh
Rome
Rotterdam
Saint Petersburg|St. Petersburg|St Petersburg
San Diego
San Francisco
Santiago
Sao Paulo|São Paulo
Sarajevo
Seattle
Seoul
Sevastopol
Shanghai
Shenzhen
Skopje
Sochi
Sofia
Stockholm
Sydney
Taipei
Tallinn
Tashkent
Tbilisi
Tehran
Tel Aviv
Tijuana
Tirana
Tokyo
Toronto
Tripoli
Tunis
Vancouver
Vienna
Vilnius
Warsaw
Washington|Washington D.C.|Washington DC
Wellington
Yerevan
Zagreb
Zaporizhzhia|Zaporizhia|Zaporozhye
Zurich|Zürich
Benghazi
Misrata
Aden
Sanaa|Sana'a
Homs
Idlib
Raqqa
Deir ez-Zor
Kandahar
Herat
Peshawar
Quetta
Srinagar
Hebron
Nablus
Jenin
Rafah
Khan Younis
Tikrit
Fallujah
Ramadi
Kirkuk
Erbil
Cleveland
Pittsburgh
Cincinnati
Columbus
Minneapolis
St. Louis|St Louis|Saint Louis
Kansas City
Nashville
Memphis
Charlotte
Orlando
Tampa
Sacramento
Portland
Salt Lake City
Milwaukee
Indianapolis
Oakland
San Jose
New Delhi
Hyderabad
Bangalore|Bengaluru
Ahmedabad
Pune
Belfast
Cardiff
Birmingham
Leeds
Bristol
Cologne
Stuttgart
Dusseldorf|Düsseldorf
Gdansk|Gdańsk
Krakow|Kraków
Porto
Seville
Valencia
Florence
Venice
Turin
Genoa
Marseilles
Toulouse
Bordeaux
Strasbourg
Antwerp
The Hague
Gothenburg
Bergen
Reykjavik
Kazan
Novosibirsk
Yekaterinburg
Vladivostok
Murmansk
Kaliningrad
Grozny
Chongqing
Wuhan
Chengdu
Tianjin
Nanjing
Hangzhou
Xi'an
Kyoto
Yokohama
Busan
Incheon
Kaohsiung
Surabaya
Cebu
Davao
Yangon
Mandalay
Chittagong
Colombo
Kandy
Mombasa
Kigali
Goma
Juba
Omdurman
Port Harcourt
Kano
Benin City
Alexandria
Giza
Luxor
Marrakech|Marrakesh
Fez
Oran
Sfax
Montevideo
Asuncion|Asunción
La Paz
Medellin|Medellín
Cali
Guadalajara
Monterrey
Cancun|Cancún
San Juan
Kingston
Port-au-Prince
Guatemala City
San Salvador
Tegucigalpa
Managua
San José
Panama City`;

/** Continents, regions, US states, provinces and other named areas often in the news. */
export const REGIONS = `Africa
Antarctica
Arctic
Asia
Europe
North America
South America
Latin America
Central America
Oceania
Middle East
Near East
Far East
East Asia
South Asia
Southeast Asia
Central Asia
Eastern Europe
Western Europe
Central Europe
Balkans|The Balkans
Baltics|Baltic States
Caucasus|North Caucasus|South Caucasus
Scandinavia
Sahel
Horn of Africa
Sub-Saharan Africa
West Africa
East Africa
North Africa
Gulf|Persian Gulf
Indo-Pacific
Pacific|Pacific Ocean
Atlantic|Atlantic Ocean
Indian Ocean
Mediterranean|Mediterranean Sea
Black Sea
Red Sea
Baltic Sea
South China Sea
Caribbean
Siberia
Crimea
Donbas|Donbass
Kursk
Belgorod
Bakhmut
Avdiivka
Pokrovsk
Gaza|Gaza Strip
West Bank
Golan Heights
Sinai
Kashmir
Tibet
Xinjiang
Kurdistan
Darfur
Catalonia
Basque Country
Bavaria
Scotland
England
Wales
Northern Ireland
Quebec
Ontario
British Columbia
Alberta
Alabama
Alaska
Arizona|Ariz
Arkansas
California|Calif
Colorado|Colo
Connecticut|Conn
Delaware
Florida|Fla
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas|Kan
Kentucky
Louisiana
Maine
Maryland|Md
Massachusetts
Michigan|Mich
Minnesota|Minn
Mississippi
Missouri
Montana
Nebraska|Neb
Nevada|Nev
New Hampshire
New Jersey
New Mexico
New York State
North Carolina
North Dakota
Ohio
Oklahoma|Okla
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee|Tenn
Texas|Tex
Utah
Vermont
Virginia
Washington State
West Virginia
Wisconsin|Wis
Wyoming|Wyo
Silicon Valley
Punjab
Bengal
Guangdong
Hokkaido
Okinawa
Queensland
New South Wales
Tasmania
Amazon rainforest
Himalayas
Alps
Sahara
Strait of Hormuz
Taiwan Strait
Suez Canal
Panama Canal`;

/** International organisations, alliances and blocs. */
export const INTERNATIONAL_ORGS = `United Nations|UN|U.N.
United Nations Security Council|UN Security Council|Security Council|UNSC
United Nations General Assembly|UN General Assembly|General Assembly
NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Nato
European Union|EU|E.U.
European Commission
European Parliament
European Council
European Central Bank|ECB
Council of Europe
Organization for Security and Co-operation in Europe|OSCE
International Monetary Fund|IMF
World Bank
World Health Organization|World Health Organisation|WHO
World Trade Organization|World Trade Organisation|WTO
OPEC|Organization of the Petroleum Exporting Countries|Opec|OPEC+
International Atomic Energy Agency|IAEA
International Criminal Court|ICC
International Court of Justice|ICJ
International Committee of the Red Cross|ICRC|Red Cross
Red Crescent
Amnesty International
Human Rights Watch
Doctors Without Borders|Médecins Sans Frontières|MSF
UNICEF|Unicef
UNESCO|Unesco
UNHCR
UNRWA
World Food Programme|WFP
African Union|AU
Arab League
ASEAN|Association of Southeast Asian Nations|Asean
G7|Group of Seven|G-7
G20|Group of Twenty|G-20
BRICS|Brics
Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO
Commonwealth of Independent States|CIS
Collective Security Treaty Organization|CSTO
Organisation for Economic Co-operation and Development|OECD
World Economic Forum|WEF
Interpol
Europol
Frontex
Hamas
Hezbollah
Taliban|The Taliban
Islamic State|ISIS|ISIL|Daesh
Al-Qaeda|al-Qaeda|Al Qaeda
Houthis|Houthi
Wagner Group|Wagner
Federal Reserve|Fed|US Federal Reserve
Bank of England
Bank of Japan
People's Bank of China
International Olympic Committee|IOC
FIFA|Fifa
UEFA|Uefa`;

/** Large companies, platforms and leagues that the news names without explanation. */
export const COMPANIES = `Apple
Google|Alphabet
Microsoft
Amazon
Meta|Meta Platforms
Facebook
Instagram
WhatsApp
Twitter
TikTok|ByteDance
YouTube
Netflix
Spotify
Uber
Lyft
Airbnb
OpenAI
Nvidia
Intel
AMD
IBM
Oracle
Cisco
Salesforce
Adobe
Qualcomm
Broadcom
Samsung
Huawei
Xiaomi
Lenovo
Sony
Nintendo
Alibaba
Tencent
Baidu
Foxconn
TSMC
ASML
SoftBank
Tesla
SpaceX
Boeing
Airbus
Lockheed Martin
Raytheon
General Motors|GM
Ford|Ford Motor
Toyota
Volkswagen|VW
BMW
Mercedes-Benz
Honda
Nissan
Hyundai
Stellantis
ExxonMobil|Exxon Mobil|Exxon
Chevron
Shell
BP
Gazprom
Rosneft
Saudi Aramco|Aramco
Goldman Sachs|Goldman
JPMorgan|JPMorgan Chase|JP Morgan
Morgan Stanley
Citigroup|Citi
Bank of America
Wells Fargo
HSBC
Barclays
Deutsche Bank
UBS
Credit Suisse
BlackRock
Visa
Mastercard
PayPal
Equifax
Walmart
Costco
Starbucks
McDonald's
Coca-Cola
PepsiCo
Nike
Adidas
Pfizer
Moderna
AstraZeneca
Johnson & Johnson
Novartis
Roche
Bayer
Siemens
Disney|Walt Disney
Warner Bros|Warner Bros.
Comcast
Verizon
AT&T
Vodafone
Nokia
Ericsson
LinkedIn
Reddit
Telegram
Signal
Discord
Snapchat
Wikipedia
FedEx
Maersk
Ryanair
Lufthansa
Delta Air Lines
United Airlines
American Airlines
Glencore
NFL
NBA
MLB
NHL
Premier League
Champions League
Formula One|F1|Formula 1
Boko Haram
Al-Shabaab|al-Shabab|Al-Shabab
PKK
Ku Klux Klan|KKK`;

/** News outlets, agencies and photo agencies. */
export const OUTLETS = `Reuters
Associated Press|AP
Agence France-Presse|AFP
Bloomberg|Bloomberg News
BBC|BBC News|British Broadcasting Corporation
CNN
CNBC
NBC|NBC News
ABC News
CBS|CBS News
Fox News
MSNBC
NPR|National Public Radio
PBS
The Guardian|Guardian
The Observer
The New York Times|New York Times|NYT
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal|WSJ
Financial Times|The Financial Times|FT
The Economist|Economist
The Times
The Sunday Times
The Telegraph|The Daily Telegraph|Daily Telegraph
The Independent
Daily Mail|The Daily Mail|Mail Online
The Sun
The Atlantic
The New Yorker
The Hill
Politico|POLITICO
Axios
Vox
Semafor
Time magazine
Newsweek
USA Today
Los Angeles Times|LA Times
Chicago Tribune
Boston Globe|The Boston Globe
Sky News
ITV|ITV News
Channel 4 News
Al Jazeera|Aljazeera
Al Arabiya
Deutsche Welle|DW
Der Spiegel|Spiegel
Die Zeit
Bild
Le Monde
Le Figaro
Libération
El País
Corriere della Sera
La Repubblica
ANSA
EFE
dpa|DPA
Kyodo|Kyodo News
NHK
Xinhua
CGTN
Global Times
South China Morning Post|SCMP
Yonhap
Times of India
The Hindu
Haaretz
The Times of Israel|Times of Israel
Jerusalem Post|The Jerusalem Post
TASS
RIA Novosti|RIA
Interfax
RT|Russia Today
Sputnik
Kommersant
Meduza
Novaya Gazeta
Ukrinform
Ukrainska Pravda
Kyiv Independent|The Kyiv Independent
Kyiv Post
Radio Free Europe|Radio Free Europe/Radio Liberty|RFE/RL|Radio Liberty
Voice of America|VOA
Euronews
France 24
Anadolu|Anadolu Agency
ABC
CBC|CBC News
Globe and Mail|The Globe and Mail
The Australian
Sydney Morning Herald|The Sydney Morning Herald
Business Insider
Forbes
The Verge
TechCrunch
HuffPost|Huffington Post
BuzzFeed News
Vice News
ProPublica
The Intercept
Getty Images|Getty
Shutterstock
EPA`;

/** Government bodies and institutions named without a country. */
export const GOVERNMENT = `Kremlin|The Kremlin
White House|The White House
Pentagon|The Pentagon
State Department|US State Department|Department of State
Treasury|Treasury Department|US Treasury
Justice Department|Department of Justice|DOJ
Department of Homeland Security|DHS
Department of Defense|Defense Department
Congress|US Congress
Senate|US Senate
House of Representatives
Supreme Court|US Supreme Court
Federal Bureau of Investigation|FBI
Central Intelligence Agency|CIA
National Security Agency|NSA
National Security Council|NSC
Environmental Protection Agency|EPA
Food and Drug Administration|FDA
Centers for Disease Control and Prevention|CDC
Securities and Exchange Commission|SEC
Federal Communications Commission|FCC
NASA|Nasa
Downing Street|Number 10
Whitehall
Parliament
House of Commons
House of Lords
Bundestag
Bundeswehr
Elysee|Élysée|Elysée Palace|Élysée Palace
Knesset
Duma|State Duma
Federation Council
Verkhovna Rada|Rada
Security Service of Ukraine|SBU
Federal Security Service|FSB
GRU
KGB
Mossad
MI5
MI6
IDF|Israel Defense Forces
Politburo
National People's Congress
European Court of Human Rights|ECHR
Ministry of Defence|Ministry of Defense
Foreign Office
Home Office
Interior Ministry
Foreign Ministry
Defence Ministry|Defense Ministry
Republican Party|GOP
Democratic Party
Labour Party|Labour
Conservative Party|Tories|Tory Party
Liberal Democrats|Lib Dems
Reform UK
Scottish National Party|SNP
Communist Party
Chinese Communist Party|CCP
United Russia
Christian Democratic Union|CDU
Social Democratic Party|SPD
Alternative for Germany|AfD
Likud
Fatah
Muslim Brotherhood`;

/**
 * Nationality adjectives and demonyms (singular). Plurals (`Russians`, `Israelis`) are derived.
 * Not entities by themselves.
 */
export const DEMONYMS = `afghan albanian algerian american angolan arab argentine argentinian armenian asian
australian austrian azerbaijani azeri bahraini bangladeshi belarusian belgian bolivian bosnian
brazilian british briton bulgarian burmese cambodian cameroonian canadian catalan chadian chilean
chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati
english eritrean estonian ethiopian european filipino finnish french georgian german ghanaian
greek guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish
israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti
kyrgyz lao latvian lebanese liberian libyan lithuanian macedonian malagasy malaysian malian
maltese mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese
nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan persian peruvian
polish portuguese qatari romanian russian rwandan saudi scottish senegalese serbian singaporean
slovak slovenian somali south-african spanish sri-lankan sudanese swedish swiss syrian taiwanese
tajik tanzanian thai tibetan tunisian turkish turkmen ugandan ukrainian uruguayan uzbek
venezuelan vietnamese welsh western eastern yemeni zambian zimbabwean african latin soviet
slavic sunni shia shiite muslim christian jewish catholic protestant orthodox hindu buddhist
sikh nordic baltic balkan caucasian transatlantic pan-european ottoman arctic atlantic pacific
democrat democratic republican conservative liberal brexiteer`;

/**
 * Common first names across languages, lowercase, folded spellings included. A capitalised
 * word from this list opening a name is strong evidence of a person.
 */
export const FIRST_NAMES = `aaron abdul abdullah abdel abu adam adel adrian ahmad ahmed aisha alan albert alberto
alejandro aleksandr aleksei alexei alex alexander alexandra alexandre alexis ali alice alicia
alina allison amanda amber amina amir amy ana anatoly andrea andreas andrei andrej andrew andrii
andriy andrzej andy angela angelina ann anna anne annie anthony anton antonio anya arnold arsen
arseniy arthur artem ashley ayman ayatollah barack barbara bashar beata ben benjamin benny bernard
bernie beth betty bill billy bob bobby bogdan boris brad bradley brandon brett brian bruce bruno
bryan carl carla carlo carlos carmen caroline carol catherine cecilia charles charlie charlotte
chen chris christian christina christine christopher chuck claire claudia colin connor craig
cristina cyril dan dana daniel daniela danielle danny dara daria dario dave david dean debbie
deborah denis dennis denys diana diane dick dimitri dmitri dmitriy dmitrii dmitry dominic donald
donna doug douglas duncan dylan ebrahim ed eddie edward elena eli elijah elisabeth elizabeth ella
ellen elon emilia emily emma emmanuel enrique eric erik erin ethan eugene eva evan evgeny fatima
felix fernando fiona frank franz fred frederick friedrich gabriel gary gavin gene george georgi
gerald gerhard gina giorgia giuseppe glenn gordon grace graham greg gregory guido gustavo hamid
hannah hans harold harry hassan heather hector heidi helen helena henry herman hillary hiroshi
hossein howard hugh hugo hunter ian ibrahim igor ilya imran ingrid irina isaac isabel isabella
ismail ivan jack jacob jacques jake james jamie jan jane janet jared jason javier javad jean
jeff jeffrey jennifer jens jeremy jerome jerry jessica jill jim jimmy jo joan joanna joe joel
johann johannes john johnny jon jonathan jordan jorge jose josé joseph josh joshua juan judith
julia julian julie justin kamala karen karim karl kate katherine kathleen kathy katie keir kelly
ken kenneth kevin khalid kirill kristi kristen kurt kyle lars laura lauren lawrence lee leo
leon leonid liam linda lisa liz lloyd lorenzo louis louise lucas lucy luis luiz luka lukas luke
lyudmila madeleine maria mariana marco marcus margaret maria marie marina mario mark marta martin
mary maryam masoud matt matteo matthew max maxim maxime maya megan mehmet melania melissa michael
michel michelle miguel mikhail mike mila mitch mitt mohamed mohammad mohammed muhammad nadia
nancy naomi narendra natalia natalie nathan nicholas nick nicola nicolas nikita nikki nikolai
nina noah norman oleg oleksandr oleksiy olena olga oliver olivia omar oscar pablo pamela patricia
patrick paul paula pavel pedro pete peter petr petro philip philippe pierre pyotr rachel rafael
rahul ralph ramzan ray raymond rebecca recep richard rick rishi rob robert roberto robin rodrigo
roger roman ron ronald rose ross ruslan russell ruth ryan sadiq sally salman sam samantha samuel
sandra sara sarah scott sean sebastian serhii serhiy sergei sergey sergio sharon shinzo simon
sofia sophie stanislav stefan stephanie stephen steve steven stuart susan svetlana tamara tanya
tara taylor ted teresa terry thomas tim timothy tina todd tom tommy tony tulsi ulrich ursula
valentina valentin valery valeriy vanessa vasily vera victor victoria viktor vikram vince
vincent vitali vitaliy vitaly vladimir vladislav volodymyr walter wayne wendy william
willie xavier yana yevgeny yoav yosef yuri yuriy yulia yusuf yves zoe`;

/**
 * Capitalised words that are common English words: a sentence-initial one of these does not
 * start a name, and none of them is a name on its own.
 */
export const COMMON_CAPITALISED = `a about above according accordingly across additionally after afterwards again against ago
all almost along already also although always among amid an and another any anyone anything
apparently are around as asked at back be because before behind being below beside besides
between beyond both but by can certainly clearly consequently could currently despite did do
does down during each earlier either else elsewhere even eventually ever every everyone
everything except finally first firstly following for formerly fortunately four from further
furthermore given had has have he her here hers herself him himself his hopefully how however
i if in including indeed initially inside instead into is it its itself just last lastly later
latest less let like likewise many may maybe me meanwhile might more moreover most mostly much
must my near nearly neither never nevertheless next no nobody none nonetheless nor not nothing
now of off often on once one only or other others otherwise our out outside over overall
perhaps please plus previously probably rather recall recently regarding regardless
reportedly said second secondly several shall she should similarly since so some someone
something sometimes soon still subsequently such than thanks that the their them then there
therefore these they third this those though three through throughout thus to today together
tomorrow too toward towards two under unfortunately unless unlike until up upon us usually
very via was we well were what whatever when whenever where whereas wherever whether which
while who whoever whom whose why will with within without would yes yesterday yet you your
tonight overnight sources officials experts analysts critics residents people reports
authorities protesters lawmakers investigators prosecutors troops soldiers police witnesses
observers diplomats leaders ministers voters citizens users researchers scientists doctors
students workers fans supporters opponents many most some few breaking update updated
exclusive watch read listen photo video image live opinion analysis editorial comment
news report press statement source sources related advertisement subscribe share
north south east west northern southern eastern western central former ex latest sorry okay ok hello oh wow`;
