#!/usr/bin/env python3
"""Self-check of blind45/gold.jsonl and blind45/events.jsonl (standard library only).

Adapted from blind43's selfcheck.py (itself adapted from blind41's, blind40's, ... blind10's and
shared/eval/dev's). Changes:

- the forbidden SITES are blind43's EARLIER_SITES plus blind43's own current sites (Khotin,
  Khotyn, Dzhalka, Vaksince, Gelephu/Geylegphug, Minvoul);
- the forbidden REGIONS are blind43's EARLIER_REGIONS plus blind43's regions, countries, hospital
  towns and older-attack places (Sumy, Yunakivka, Gudermes, Grozny, Chechnya, Lipkovo, Kumanovo,
  Skopje, Izvor, North Macedonia, Ohrid, Bhutan, Sarpang, Thimphu, Phuentsholing, Samdrup
  Jongkhar, Tsirang, Assam, Gabon, Oyem, Bitam, Libreville, Mitzic, Haut-Ntem, Woleu-Ntem); "Sumy",
  exempted in blind43, is forbidden again;
- RELAXED: the brief of this set asks for sites in Zaporizhzhia (or Kharkiv, Donetsk, Kherson,
  Dnipropetrovsk) oblast, in Kursk (or Belgorod, Bryansk) region, in Iraq (or Syria, Yemen), in
  the DR Congo (or Nigeria, Niger, Cameroon) and in Colombia (or Mexico, Haiti), and says that
  countries and regions may repeat those of earlier sets; only the attack SITES must be new. So
  the words in EXEMPT ("Zaporizhzhia", "Zaporizhia", "Kursk", "Iraq", "Congo", "Colombia") are
  dropped from the regions list; every other word of the lists stays forbidden;
- file names must match blind45_NN_<place>_<kind>.txt and texts must be 300-800 words (the
  brief's range; blind43 allowed 230).

Everything else is blind43's: FIVE current events of three docs each, 1,500-5,000 bytes per
text, every gold place named in its text, the scorer's input written to a temporary file beside
this script, not in the system's temp folder. It

1. turns every gold figure into a prediction record and every gold place and optional place
   into a place record, scores that prediction with /work/shared/eval/score.py, and fails
   unless figures F1, places F1 and every figure attribute accuracy are 1.0;
2. fails when a document has two gold figures with the same (type, category, count), which
   the scorer would merge into one;
3. fails unless every evidence string (figures and optional figures) occurs verbatim in its
   text, every gold place is named in its text, every text has gold and vice versa, every text
   is named blind45_NN_<place>_<kind>.txt and is 300-800 words and 1,500-5,000 bytes without
   the dev set's "Test document composed for evaluation." line, without the names of blind10's
   to blind43's current attack sites and without the regions of the earlier sets (less EXEMPT),
   and every figure is well formed (known qualifier, category, date not after publication, a
   place with coordinates);
4. checks events.jsonl: schema, every text in exactly one current (older=false) event, every
   listed doc exists, killed_best is a killed figure (gold, category killed) of one of the
   event's docs (or 0 for a side event, older=true, whose note says "No deaths"), every doc of
   an event has a gold figure dated on the event's date (or one of its date_alternatives; a
   day matches within one day, a month matches any day in it) and placed at the event (its
   name or an alias, or within the event's tolerance), every text mentions at least one older
   (older=true) event, every older event lies before its docs' publication and at least two
   days before their current event, each current event has exactly three docs, there are five
   current events, and the three docs of a current event were published on three different
   days (the first by day 1, the last by day 9).

    python3 selfcheck.py
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")
EVENTS = os.path.join(HERE, "events.jsonl")
TEXTS = os.path.join(HERE, "texts")
SCORER_CANDIDATES = [
    os.path.join(HERE, "..", "shared", "eval", "score.py"),
    os.path.join(HERE, "..", "..", "..", "shared", "eval", "score.py"),
    os.path.join(HERE, "..", "..", "..", "..", "shared", "eval", "score.py"),
    "/work/shared/eval/score.py",
]
# blind10's to blind42's current sites (blind43's list, unchanged) and their spellings: the union of blind41's and blind42's
# EARLIER_SITES, plus blind41's and blind42's own current sites
EARLIER_SITES = [
    'Afipskii', 'Afipskij', 'Afipskiy', "Afipskiy'", 'Afipsky', 'Aguililla', 'Ahmadi', 'Al Ahmadi',
    'Al Aḩmadī', 'Al Turra', 'Al-Ahmadi', 'Al-Turra', 'Al-Turrah', 'Alamikamba', 'Alamikambang',
    'Aleksandriia', 'Aleksandriya', 'Altamira', 'Ambalasoa', 'Amouri', 'Amourj', 'Anderlecht',
    'Anlong Veaeng', 'Anlong Veng', 'Anlung Veng', 'At Turrah', 'At-Turra', 'Ataki', 'Azazaga',
    'Azazga', 'Azazgha', 'Aţ Ţurrah', 'Bacikounou', 'Baga Sola', 'Baga-Sola', 'Bagasola',
    'Basseknou', 'Bassiknou', 'Bassikounou', 'Batan', 'Batán', 'Bawku', 'Belozerka', 'Belozerye',
    'Berd', 'Besancon', 'Besançon', 'Betroka', 'Bignona', 'Bilozerka', 'Biloziria', 'Bilozirya',
    'Bir al Abd', 'Bir al-Abd', 'Bir al-Abed', 'Bir el-Abd', 'Bonifacio Moreno', 'Buco Zau',
    'Buco Záu', 'Buco-Zau', 'Buganda', 'Buko Zau', 'Bundibugyo', 'Bureij', 'Burshtyn', "Burshtyn'",
    'Burshtyn’', 'Bursztyn', 'Busogo', 'Cerro Norte', 'Chambishi', 'Chimore', 'Chimoré',
    'Chinadievo', 'Chingola', 'Choloma', 'Chortkiv', 'Chortkiw', 'Chortkov', 'Chynadiieve',
    'Chynadiievo', 'Chynadiyevo', 'Chynadiyovo', 'Ciudad de Pérez', 'Coalla', 'Comoro', 'Cureghem',
    'Czortków', 'Dapango', 'Dapaong', 'Dashava', 'Daszawa', 'Datu Piang', 'Dayton', 'Debark',
    'Debarq', 'Dekai', 'Desarmes', 'Dili', 'Diouloulou', 'Dorra', 'Druzhkivka', 'Dulawan',
    'Désarmes', 'Ekaterinodar', 'El Aguaje', 'El Wak', 'El-Wak', 'Elwak', 'Endirei', 'Endirey',
    'Eravur', 'Eravur Town', 'Et Turra', 'Evsug', 'Fes', 'Fez', 'Fizuli', 'Fuzuli', 'Fès',
    'Füzuli', 'Galaschki', 'Galashki', 'Gaur', 'Gogo Saga', 'Gogo-Saga', 'Guasdalito',
    'Guasdualito', 'Guazapa', 'Gvardeiskoe', 'Gvardeyskoe', 'Gvardeyskoye', 'Hasaheisa', 'Hawija',
    'Hawijah', 'Horadiz', 'Huwaija', 'Hvardiiske', 'Hvardiiske air base', 'Hvardiyske', 'Idjevan',
    'Ievsuh', 'Ijevan', 'Ijewan', 'Iskorosten', 'Izmail', 'Izmayil', 'Jabal Ali', 'Jebal Ali',
    'Jebel Ali', 'Jiribam', 'Kaga Bandoro', 'Kaga-Bandoro', 'Kalinovka', 'Kalynivka',
    'Kampung Kunak', 'Karabulak', 'Karnplay', 'Kasi', 'Kasy', 'Kazatin', 'Kentau', 'Kentaū',
    'Kentinian', 'Khasavjurt', 'Khasavyurt', 'Khasavyurtovsky', 'Kintinian', 'Kintiniou',
    'Kita Ward', 'Kizil-Yurt', 'Kiziliurt', 'Kizilyurt', 'Klintsy', 'Klintzy', 'Klyntsi', 'Koala',
    'Konjic', 'Korosten', "Korosten'", 'Korostenʹ', 'Korosten’', 'Kovel', "Kovel'", 'Kowel',
    'Koziatin', 'Koziatyn', 'Kozjatyn', 'Kozyatyn', 'Krasnodar', 'Kremenchug', 'Kremenchuh',
    'Kremenchuk', 'Kunak', 'Kuregem', 'KwaZakhele', 'Kwazakhele', 'Kwekwe', "L'gov", 'Laascaanood',
    'Las Anod', 'Las Caanood', 'Lasanod', 'Lascanod', 'Laventille', 'Lemesos', 'Lgov', 'Lhov',
    'Limassol', 'Limon', 'Limón', 'Lionel Town', 'Livny', 'Liwa', 'Liwá', 'Lluidas Vale',
    'Luidas Vale', 'Macomia', 'Mahachkala', 'Mahaday', 'Mahdia', 'Makeni', 'Makhachkala',
    'Mangina', 'Manzini', 'Marburg', 'Mayadeen', 'Mayadin', 'Mdantsane', 'Meteti', 'Metetí',
    'Mina Al Ahmadi', 'Mina al-Ahmadi', 'Mircze', 'Monimp', 'Muang Kasi', 'Mucojo', 'Munlai',
    'Munlai Para', 'Musaffah', 'Mussafah', 'Namikupa', 'Nanhyanga', 'Nanyanga', 'Naurang',
    'Newtown Hamilton', 'Newtownhamilton', 'Nezhin', 'Ngechewe', 'Nguetchewe', 'Nguetechewe',
    'Nguétchéwé', 'Nikshich', 'Niksic', 'Nikšić', 'Nizhin', 'Nizhniy Panj', 'Nizhniy Pyandzh',
    'Nizhny Panj', 'Nizhny Pyanj', 'Nizhyn', 'Norrkoeping', 'Norrkoping', 'Norrköping',
    'Norrkøping', 'Novodnestrovsk', "Novodnistrovs'k", 'Novodnistrovsk', 'Ochakiv', 'Ochakov',
    'Oleksandriia', 'Oleksandrija', 'Oleksandriya', 'Oregon District', 'Otaci', 'Otchakiv',
    'Očakiv', 'Panj-i Poyon', 'Panji Poen', 'Panji Poyen', 'Panji Poyon', 'Panyam', 'Panyu',
    'Pavlograd', 'Pavlohrad', 'Pekan Kunak', 'Perez', 'Pichari', 'Planoise', 'Pokrovskoe',
    'Pokrovskoye', 'Pol-e Khomri', 'Puerto Limón', 'Pul-e Khumri', 'Pul-i-Khumri', 'Puli Khumri',
    'Pérez', 'Que Que', 'Quevedo', 'Randa', 'Redcliff', 'Rooma', 'Roshan', 'Rossosh', "Rossosh'",
    'Rossoshansky', 'Rossosh’', 'Rossoš', 'Ruma', 'Ruma Bazar', 'Rushon', 'Rŭshon',
    'Saber al-Mawadim', 'Sabir al-Mawadim', 'Sabir district', 'Sabr al-Mawadem', 'Samarkandek',
    'Samarkandyk', 'Samarqandek', 'Samitah', 'Samta', 'Samtah', 'Sanlucar',
    'Sanlucar de Barrameda', 'Sanlúcar', 'Sanlúcar de Barrameda', 'Saravan', 'Sarawan', 'Sarāvān',
    'Schlomi', 'Semonkong', 'Semporna', 'Severskii', 'Severskiy', 'Seversky', 'Shelomi',
    'Shepetivka', 'Shepetovka', 'Shlomi', 'Sitra', 'Sitrah', 'Slatino', 'Slatyne', 'Slave Lake',
    'Smela', 'Smila', 'Smyla', 'Sorman', 'Sreifa', 'Srifa', 'Stryi', 'Stryj', 'Stryy',
    'Su-ngai Ko-lok', 'Su-ngai Kolok', 'Suarez', 'Sungai Golok', 'Sungai Kolok', 'Surman',
    'Suárez', 'Szepetówka', 'Tammun', 'Tamun', 'Tandahimba', 'Tanguieta', 'Tanguiéta', 'Tanguiété',
    'Tartu', 'Tectitan', 'Tectitlan', 'Tectitán', 'Tehini', 'Telepte', 'Termez', 'Termiz',
    'Tfariti', 'Thabana Morena', 'Thabana-Morena', 'Thamarit', 'Thamarīt', 'Thelepte', 'Thio',
    'Thumrait', 'Tifariti', 'Tifaritis', 'Tifarity', 'Tirmiz', 'Tirua', 'Tirúa', 'Tlelepte',
    'Tongo Tongo', 'Tongo-Tongo', 'Tongotongo', 'Turiisk', 'Turijsk', 'Turiysk', 'Turra',
    'Turzysk', 'Téhini', 'Umeda', 'Valuiki', 'Valujki', 'Valuyki', 'Valuyky', 'Vavunia',
    'Vavuniya', 'Vilniansk', 'Vilnyansk', 'Vladikavkaz', 'Volnyansk', 'Xasavyurt', 'Yby Yau',
    'Yby Yaú', 'Ybyyaú', 'Ybý Yaú', 'Ye-U', 'Yeoncheon', 'Yeoncheon-eup', 'Yeu', 'Yevsug',
    'Yevsuh', 'Yonchon', 'Yuksekova', 'Yüksekova', "Yŏnch'ŏn", 'Zdolbuniv', 'Zdolbunov',
    'Zdolbunow', 'Zdołbunów', 'Zubin Potok', 'Zubin-Potok', 'Zugdidi', 'al-Bureij', 'al-Huwaija',
    'Śmiła', 'Şurmān', 'Şāmitah', 'Александрия', 'Афипский', 'Берд', 'Бурштин', 'Владикавказ',
    'Галашки', 'Гвардейское', 'Гвардійське', 'Дашава', 'Здолбунов', 'Здолбунів', 'Зубин Поток',
    'Калиновка', 'Калинівка', 'Кентау', 'Ковель', 'Коростень', 'Краснодар', 'Махачкала',
    'Новоднестровск', 'Новодністровськ', 'Олександрія', 'Очаков', 'Очаків', 'Россошь', 'Северский',
    'Стрий', 'Хасавюрт', 'Чинадійово', 'Чортков', 'Чортків', 'Anastasiyevka', 'Anastasievka',
    'Anastasiivka', 'Mesaieed', "Musay'id", 'Musay‘īd', 'Umm Said', 'Mwanza', 'Ea Súp', 'Ea Sup',
    'Esperanza', 'Kamianets-Podilskyi', 'Kamyanets-Podilsky', 'Kamyanets-Podilskyi', 'Zoniana',
    'Zonianá', 'Mutsamudu', 'Moutsamoudou', 'San Francisco de Macorís', 'San Francisco de Macoris',
    'Bradford', 'Flaxmere', 'Buôn Trấp', 'Buon Trap', 'Pedra Badejo', 'Luchenza', 'Moengo',
    'Engels', 'Fengshan', 'Fongshan', 'Panatina', 'Vura', 'Honiara', 'Qormi',
]
# the regions, countries, hospital towns and older-attack places of blind10-blind42: the union of
# blind41's and blind42's EARLIER_REGIONS, plus blind41's and blind42's own (Sumy exempted, see the docstring)
EARLIER_REGIONS = [
    'Abu Dhabi', 'Afghanistan', 'Ahmadi governorate', 'Al Batinah', 'Al Fintas', 'Al Mazyunah',
    'Al Mazyūnah', 'Al Qasrayn', 'Al-Ramtha', 'Al-Sawabir', 'Al-Wadi Al-Kabir', 'Alania',
    'Alberta', 'Algeria', 'Algerian', 'Ambalasoa', 'Amhara', 'Ampara', 'Amu Darya', 'Andalucía',
    'Andalusia', 'Angola', 'Angolan', 'Anosy', 'Apure', 'Ar Ramtha', 'Arauca', 'Arauco',
    'Argentina', 'Argentine', 'Argentinian', 'Armagh', 'Armenia', 'Armenian', 'Artibonite', 'Arys',
    'Astana', 'Atacora', 'Atakora', 'Athabasca', 'Australia', 'Australian', 'Az Zawiyah',
    'Azerbaijan', 'Azerbaijani', 'Badakhshan', 'Baghlan', 'Bahrain', 'Bahraini', 'Baku', 'Balti',
    'Baluchestan', 'Bandarban', 'Bangladesh', 'Barbate', 'Bartica', 'Basotho', 'Batinah', 'Batken',
    'Batticaloa', 'Batán', 'Beijing', 'Belgian', 'Belgium', 'Belgorod', 'Belize', 'Belovodsk',
    'Benin', 'Besancon', 'Besançon', 'Beslan', 'Betroka', 'Bilhorod', 'Bilopillia', 'Bilovodsk',
    'Biobio', 'Biobío', 'Bokhtar', 'Bolivia', 'Bolivian', 'Bombali', 'Bonanza', 'Borno', 'Bosnia',
    'Bounkani', 'Brazil', 'Briansk', 'Brisbane', 'Brussels', 'Bruxelles', 'Bryansk',
    'Buffalo City', 'Bukovina', 'Bukovyna', 'Burkina', 'Burundi', 'Burundian', 'Bénin', 'Bío Bío',
    'Bălţi', 'Bălți', 'Cabinda', 'Cabo Delgado', 'Cadiz', 'Cambodia', 'Cambodian', 'Cameroon',
    'Canada', 'Canadian', 'Canberra', 'Casamance', 'Cauca', 'Central African Republic', 'Cetinje',
    'Chad', 'Chapare', 'Cheorwon', 'Cherkassy', 'Cherkasy', 'Cherkasy oblast', 'Chernigov',
    'Chernihiv', 'Chernivtsi', 'Chernovtsy', 'Chile', 'Chililabombwe', 'Chimkent', 'China',
    'Chinchilla', 'Chipiona', 'Chisinau', 'Chittagong Hill Tracts', 'Chișinău', 'Chorwon',
    'Cibitoke', 'Cieneguita', 'Cincinnati', 'Clarendon', 'Cochabamba', 'Colombia', 'Columbus',
    'Concepcion', 'Concepción', 'Congo', 'Copperbelt', 'Cortes', 'Cortés', 'Costa Rica',
    'Costa Rican', "Cote d'Ivoire", 'Crimea', 'Crimean', 'Cureghem', 'Cusco', 'Cuyuni-Mazaruni',
    'Cuzco', 'Cypriot', 'Cyprus', 'Czernowitz', 'Cádiz', "Côte d'Ivoire", 'Côte d’Ivoire',
    'Dagestan', 'Dagestani', 'Daghestan', 'Dalby', 'Dar Kulaib', 'Darien', 'Darién', 'Darwin',
    'Dayton', 'Deir Ezzor', 'Deir al-Zour', 'Deir ez-Zor', 'Denov', 'Dhofar', 'Dijon', 'Dili',
    'Djibouti', 'Djiboutian', 'Dnepr', 'Dnipro', 'Dnipropetrovsk', 'Dnistrovskyi',
    'Dnistrovskyi district', 'Dolhobyczow', 'Donetsk', 'Doubs', 'Dołhobyczów', 'Dubai', 'Dubayy',
    'Dusti', 'East London', 'East Timor', 'Eastern Cape', 'Eastern Province', 'Ecuador',
    'Edmonton', 'Egypt', 'El Salvador', 'Emirates', 'Emirati', 'Essequibo', 'Estonia', 'Eswatini',
    'Ethiopia', 'Extreme-Nord', 'Extrême-Nord', 'Far North', 'Fastiv', 'Fastov', 'Feriana',
    'Fintas', 'Firiana', 'Foshan', 'France', 'Freetown', 'Fushimi', 'Fériana', 'GBAO', 'Galilee',
    'Ganta', 'Garabtisan', 'Gaza', 'Georgetown', 'Georgia', 'Georgian', 'Germany', 'Ghana',
    'Ghanaian', 'Gizan', 'Gnagna', 'Gondar', 'Gorno-Badakhshan', 'Gqeberha', 'Guangzhou',
    'Guatemala', 'Guatemalan', 'Guinea', 'Guinean', 'Guyana', 'Guyanese', 'Gyeonggi', 'Haiti',
    'Hakkari', 'Hakkâri', 'Hatlon', 'Hayastan', 'Helsinki', 'Herzegovina', 'Hesse', 'Hessen',
    'High Prairie', 'Hodh', 'Hodh Ech Charghi', 'Hodh Ech Chargui', 'Hodh El Chargui',
    'Hodh Oriental', 'Hodh el Chargui', 'Honduras', 'Hong Kong', 'Horadiz', 'Hrubieszow',
    'Hrubieszów', 'Hrubieszów County', 'Huehuetenango', 'Ihosy', 'Imphal', 'India', 'Indonesia',
    'Ingush', 'Ingushetia', 'Ingushetiya', 'Iran', 'Iraq', 'Irbid', 'Irbid Governorate', 'Israel',
    'Israeli', 'Ivano-Frankivsk', 'Ivano-Frankivska', 'Ivano-Frankovsk', 'Ivory Coast', 'Jamaica',
    'Jamaican', 'Japan', 'Jazan', 'Jizan', 'Jordan', 'Jordanian', 'Jura', 'Jāzān', 'Kabala',
    'Kabylia', 'Kabylie', 'Kalbajar', 'Kalmunai', 'Kalulushi', 'Kampuchea', 'Kanaky', 'Kankan',
    'Karabakh', 'Kasrine', 'Kasserine', 'Kazakh', 'Kazakhstan', 'Kenya', 'Kettering', 'Kharkiv',
    'Khatlon', 'Kherson', 'Khmelnitsky', 'Khmelnytsky', 'Khmelnytskyi', 'Khyber', 'Kiev',
    "King William's Town", 'Kingdom of Saudi Arabia', 'Kirkuk', 'Kirovograd', 'Kirovohrad',
    'Kirovohradska', 'Kitwe', 'Konjic', 'Kosova', 'Kosovar', 'Kosovo', 'Krasnodar',
    'Krasnodar Krai', 'Krasnodar krai', 'Krasnodar region', 'Krym', 'Kuban', "Kuban'", 'Kursk',
    'Kuwait', 'Kuwaiti', 'Kyiv', 'Kyiv Oblast', 'Kyiv region', 'Kyivshchyna', 'Kyonggi', 'Kyoto',
    'Kyrgyz', 'Kyrgyzstan', "L'viv", 'Lac province', 'Lake Chad', 'Lao', 'Laos', 'Larnaca',
    'Lebanese', 'Lebanon', 'Lemberg', 'Lesotho', 'Liberia', 'Liberian', 'Libya', 'Libyan',
    'Likisa', 'Likisá', 'Limon', 'Limón', 'Linden', 'Linkoping', 'Linköping', 'Lipetsk', 'Liquica',
    'Liquiçá', 'Los Rios', 'Los Ríos', 'Lubelskie', 'Lublin', 'Lugansk',
    "Lugansk People's Republic", 'Luhansk', 'Luhansk region', 'Luhanska', 'Lusaka', 'Lviv',
    'Lviv region', 'Lvov', 'Lwów', 'Madagascar', 'Madhesh', 'Madhesi', 'Madrid', 'Mafeteng',
    'Maguindanao', 'Malagasy', 'Malaysia', 'Malaysian', 'Mali', 'Managua', 'Mandera', 'Manipur',
    'Marrakech', 'Marrakesh', 'Maseru', 'Matina', 'Mauritania', 'Mauritanian', 'May Pen',
    'Mayo-Tsanaga', 'Mbabane', 'Mexico', 'Michoacan', 'Michoacán', 'Midlands', 'Mindanao',
    "Mohale's Hoek", 'Mohales Hoek', 'Moldova', 'Moldovan', 'Molenbeek', 'Monrovia', 'Montbeliard',
    'Montbéliard', 'Montenegrin', 'Montenegro', 'Montevideo', 'Moroccan', 'Morocco', 'Moscow',
    'Mosotho', 'Mostar', 'Mozambique', 'Mozogo', 'Moín', 'Mtsensk', 'Mtwara', 'Mufulira',
    'Mukacheve', 'Mukachevo', 'Mukachiv', 'Munkács', 'Musanze', 'Muscat', 'Myanmar', 'Mykolaiv',
    'Mykolaiv Oblast', 'Mykolaiv region', 'Mykolaivska', 'Mykolayiv', 'NU 12', 'Nana-Grebizi',
    'Nana-Grébizi', 'Narathiwat', 'Nelson Mandela Bay', 'Nepal', 'Nepalese', 'Nepali',
    'New Caledonia', 'Nicaragua', 'Nicaraguan', 'Niger', 'Nigeria', 'Nikolaev', 'Nikolayev',
    'Nimba', 'North Al Batinah', 'North Caribbean Coast', 'North Ossetia', 'North Sinai',
    'Northern Ireland', 'Northern Province', 'Nouvelle-Calédonie', 'Ocnita', 'Ocniţa', 'Ocnița',
    'Oddar Meanchey', 'Odesa', 'Odessa', 'Ohio', 'Oman', 'Omani', 'Orebro', 'Orel', 'Oryol',
    'Orël', 'Osaka', 'Ossetia', 'Ostergotland', 'Otdar Mean Chey', 'Ouallam', 'Paez', 'Pakistan',
    'Panama', 'Panamanian', 'Papua', 'Paraguay', 'Paraguayan', 'Paris', 'Pará', 'Peru',
    'Philippines', 'Pinogana', 'Plateau', 'Podgorica', 'Pokrovskoe', 'Pokrovskoye', 'Poland',
    'Polish', 'Polska', 'Poltava', 'Port Elizabeth', 'Port of Spain', 'Port-of-Spain',
    'Potaro-Siparuni', 'Prinzapolka', 'Prykarpattia', 'Przewodow', 'Przewodów', 'Pyandzh', 'Páez',
    'Qonce', 'Queensland', 'RACCN', 'Ramtha', 'Randa', 'Rautahat', 'Redcliff', 'Rivne',
    'Rivnenska', 'Rovno', 'Ruhengeri', 'Rwanda', 'Rwandan', 'Równe', 'SENAFRONT', 'Sabah',
    'Saclepea', 'Sagaing', 'Sahara Occidental', 'Saint Catherine', 'Salalah', 'Salvadoran',
    'Salvadorean', 'Samegrelo', 'San Salvador', 'Sanniquellie', 'Santa Fe', 'Santafesino',
    'Sarajevo', 'Saudi', 'Saudi Arabia', 'Savanes', 'Sawabir', 'Semdinli', 'Senegal', 'Senegalese',
    'Severskiy', 'Severskiy rayon', 'Seversky', 'Seversky district', 'Shinas', 'Shymkent',
    'Sierra Leone', 'Sierra Leonean', 'Siguiri', 'Siguiri prefecture', 'Sinai', 'Siquirres',
    'Sistan', 'Sistan and Baluchestan', 'Siuna', 'Sixaola', 'Sohar', 'Sokhumi', 'Somalia',
    'Somaliland', 'Sool', 'South Africa', 'South African', 'South Armagh', 'South Korea',
    'South Korean', 'Spain', 'Springfield', 'Sri Lanka', 'Sri Lankan', 'St Catherine',
    'Starobelsk', 'Starobelsky', 'Starobilsk', 'Stryi', 'Stryi district', 'Stryj', 'Stryy',
    'Sudan', 'Suita', 'Sukhumi', 'Surkhandarya', 'Surxondaryo', 'Svaliava', 'Svalyava', 'Swazi',
    'Swaziland', 'Sweden', 'Swedish', 'Syria', 'Sénégal', 'Tadjoura', 'Tadjourah', 'Tadzhikistan',
    'Taiz', 'Tajik', 'Tajikistan', 'Tajura', 'Tanzania', 'Tanzanian', 'Tarnopol', 'Tartu',
    'Tashkent', 'Tavoush', 'Tavush', 'Tbilisi', 'Ternopil', 'Ternopol', 'Thailand',
    'Tierra Caliente', 'Tillaberi', 'Tillabéri', 'Timor-Leste', 'Timorese', 'Tizi Ouzou',
    'Tizi Wezzu', 'Tizi-Ouzou', 'Tobago', 'Togo', 'Tokyo', 'Tondikiwindi', 'Toowoomba', 'Tovush',
    'Transcarpathia', 'Trebujena', 'Trincomalee', 'Trinidad', 'Trinidadian', 'Tubas', 'Tunisia',
    'Tunisian', 'Tunisie', 'Turkestan', 'Turkey', 'Turkistan', 'Turkiye', 'Tône', 'Türkiye',
    'U.A.E.', 'UAE', 'Uganda', 'Umeda', 'Ungvár', 'United Arab Emirates', 'United States',
    'Upper East', 'Upper East Region', 'Upper Guinea', 'Uruguay', 'Uruguayan', 'Uzbek',
    'Uzbekistan', 'Uzhgorod', 'Uzhhorod', 'Vakarai', 'Vasilkov', 'Vasylkiv', 'Venezuela',
    'Venezuelan', 'Vienna', 'Vientiane', 'Vinnitsa', 'Vinnytsia', 'Vinnytska', 'Vinnytsya',
    'Volhynia', 'Volyn', "Volyn'", 'Volynia', 'Volynska', 'Voronezh', 'Wabasca',
    'Wabasca-Desmarais', 'Washington', 'Waspam', 'Waspán', 'Werbkowice', 'West Bank',
    'Western Downs', 'Western Galilee', 'Western Sahara', 'Wieambilla', 'Yahukimo', 'Yaviza',
    'Yemen', 'Zakarpatska', 'Zakarpattia', 'Zakarpattia region', 'Zakarpattya', 'Zambia',
    'Zambian', 'Zamosc', 'Zamość', 'Zaouia', 'Zaporizhia', 'Zaporizhzhia', 'Zawia', 'Zawiya',
    'Zawiyah', 'Zhitomir', 'Zhuhai', 'Zhytomyr', 'Ziguinchor', 'Zimbabwe', 'Zimbabwean', 'eMonti',
    'powiat hrubieszowski', 'province of Lac', 'Örebro', 'Östergötland', 'Ŏtdâr Méanchey',
    'Şalālah', 'Şemdinli', 'Васильків', 'Волинь', 'Дагестан', 'Закарпаття', 'Ингушетия', 'Киев',
    'Київ', 'Крим', 'Крым', 'Львів', 'Миколаїв', 'Николаев', 'Рівне', 'Стрий', 'Фастів',
    'Черновцы', 'Чернівці', 'Rostov', 'Rostov-on-Don', 'Matveyev Kurgan', 'Matveyevo-Kurgansky',
    'Taganrog', 'Kuybyshevo', 'Kuybyshevsky', 'Qatar', 'Qatari', 'Al Wakrah', 'Doha', 'Dukhan',
    'Al Khor', 'Malawi', 'Malawian', 'Blantyre', 'Neno', 'Zomba', 'Lilongwe', 'Vietnam',
    'Viet Nam', 'Vietnamese', 'Dak Lak', 'Đắk Lắk', 'Buon Ma Thuot', 'Buôn Ma Thuột', "Ea H'Leo",
    'Krong Nang', 'Krông Năng', 'Central Highlands', 'Dominican', 'Valverde', 'Mao',
    'Santiago de los Caballeros', 'Santo Domingo', 'Navarrete', 'Villa Bisonó', 'Smotrych',
    'Anogeia', 'Heraklion', 'Iraklio', 'Irákleion', 'Crete', 'Rethymno', 'Greece', 'Greek',
    'Anjouan', 'Ndzuani', 'Comoros', 'Comorian', 'Moroni', 'Domoni', 'Ngazidja', 'Grande Comore',
    'Mwali', 'Mohéli', 'Marseille', 'Duarte', 'Pimentel', 'Dewsbury', 'Leeds', 'Huddersfield',
    'Halifax', 'West Yorkshire', 'England', 'Hastings', "Hawke's Bay", 'Napier', 'Wellington',
    'New Zealand', 'Cư Kuin', 'Cu Kuin', 'Praia', 'Cabo Verde', 'Cape Verde', 'Achada Grande',
    'Mindelo', 'São Vicente', 'Kaohsiung', 'Pingtung', 'Tainan', 'Taiwan', 'Guadalcanal',
    'Malaita', 'Solomon Islands', 'Chinatown', 'Thyolo', 'Mulanje', 'Paramaribo', 'Albina',
    'Marowijne', 'Suriname', 'Saratov', 'Volgograd', 'Pokrovsk', 'Zagreb', 'Croatia', 'Osijek',
    'Gorica', 'Malta', 'Maltese', 'Gozo', 'Marsa', 'Xagħra', 'Rabat', 'Al Udeid',
]
# blind43's own current sites
EARLIER_SITES += ['Khotin', 'Khotyn', 'Dzhalka', 'Vaksince', 'Vaksintse', 'Gelephu', 'Geylegphug', 'Minvoul']
# blind43's regions, countries, hospital towns and older-attack places ("Sumy" forbidden again)
EARLIER_REGIONS += [
    'Sumy', 'Yunakivka', 'Iunakivka', 'Gudermes', 'Grozny', 'Groznyy', 'Chechnya', 'Chechen', 'Chechnia',
    'Lipkovo', 'Kumanovo', 'Skopje', 'Izvor', 'North Macedonia', 'Ohrid', 'Bhutan', 'Bhutanese', 'Sarpang',
    'Thimphu', 'Phuentsholing', 'Phuntsholing', 'Samdrup Jongkhar', 'Tsirang', 'Assam', 'Gabon', 'Gabonese',
    'Oyem', 'Bitam', 'Libreville', 'Mitzic', 'Haut-Ntem', 'Woleu-Ntem',
]
# relaxed for this set (see the docstring): regions and countries that the brief allows to repeat
EXEMPT = {'Zaporizhzhia', 'Zaporizhia', 'Kursk', 'Iraq', 'Congo', 'Colombia'}
EARLIER_REGIONS = [r for r in EARLIER_REGIONS if r not in EXEMPT]
QUALIFIERS = {"exact", "at_least", "more_than", "about", "up_to"}
CATEGORIES = {"killed", "injured", "hospitalized", "missing", "rescued", "drone", "missile",
              "ballistic_missile", "cruise_missile", "glide_bomb", "rocket", "artillery"}
WORDS = (300, 800)
BYTES = (1500, 5000)
NAME = re.compile(r"blind45_\d\d_[a-z]+_[a-z0-9_]+\.txt")
EVENT_KEYS = {"event", "docs", "date", "date_alternatives", "place", "place_aliases", "lat", "lon",
              "tol_km", "killed_best", "killed_note", "older", "invented"}


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if line:
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    sys.exit(f"FAIL {path}:{n}: not JSON: {e}")
    return rows


def figure_record(f):
    return {
        "type": f["type"],
        "category": f["category"],
        "count": f["count"],
        "qualifier": f.get("qualifier") or "exact",
        "date": f.get("event_date"),
        "place": f.get("place"),
        "lat": f.get("lat"),
        "lon": f.get("lon"),
    }


def place_record(p):
    return {"type": "place", "name": p["name"], "lat": p["lat"], "lon": p["lon"]}


def haversine_km(a, b):
    import math
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def near_event(f, e):
    """A figure's place is the event's place: same name or alias, or within the event's tolerance."""
    if not f.get("place"):
        return False
    names = {e["place"].lower()} | {a.lower() for a in e["place_aliases"]}
    if f["place"].lower() in names:
        return True
    return haversine_km((f["lat"], f["lon"]), (e["lat"], e["lon"])) <= e["tol_km"]


def date_matches(fig_date, ev_dates):
    """A figure date matches an event date: same day within one day, or same month."""
    if not fig_date:
        return False
    for d in ev_dates:
        if len(d) == 7 or len(fig_date) == 7:
            if fig_date[:7] == d[:7]:
                return True
        else:
            if abs((date.fromisoformat(fig_date) - date.fromisoformat(d)).days) <= 1:
                return True
    return False


def check_texts_and_gold(gold, problems):
    names = {g["doc"] for g in gold}
    for g in gold:
        path = os.path.join(TEXTS, g["doc"])
        if not os.path.exists(path):
            problems.append(f"{g['doc']}: no such text in texts/")
            continue
        text = open(path, encoding="utf-8").read()
        if not NAME.fullmatch(g["doc"]):
            problems.append(f"{g['doc']}: file name not blind45_NN_<place>_<kind>.txt")
        words = len(text.split())
        if not WORDS[0] <= words <= WORDS[1]:
            problems.append(f"{g['doc']}: {words} words (want {WORDS[0]}-{WORDS[1]})")
        size = len(text.encode("utf-8"))
        if not BYTES[0] <= size <= BYTES[1]:
            problems.append(f"{g['doc']}: {size} bytes (want {BYTES[0]}-{BYTES[1]})")
        for site in EARLIER_SITES + EARLIER_REGIONS:
            if re.search(r"(?<![\w-])" + re.escape(site) + r"(?![\w-])", text, re.IGNORECASE):
                problems.append(f"{g['doc']}: mentions an earlier set's site or region {site!r}")
        low = text.lower()
        for p in g.get("places", []) + g.get("optional_places", []):
            if not any(n.lower() in low for n in [p["name"]] + p.get("aliases", [])):
                problems.append(f"{g['doc']}: gold place {p['name']!r} not named in the text")
        if "Test document composed" in text:
            problems.append(f"{g['doc']}: contains the dev-set test line")
        seen = {}
        for f in g.get("figures", []):
            key = (f["type"], f["category"], int(f["count"]))
            if key in seen:
                problems.append(f"{g['doc']}: duplicate gold figure {key}")
            seen[key] = True
            for k in ("type", "category", "count", "qualifier", "evidence"):
                if k not in f:
                    problems.append(f"{g['doc']}: figure without {k}: {f}")
            if not f.get("place"):
                problems.append(f"{g['doc']}: figure without a place: {f['evidence']!r}")
            if f.get("place") and not all(isinstance(f.get(k), (int, float)) for k in ("lat", "lon", "tol_km")):
                problems.append(f"{g['doc']}: figure place {f['place']!r} without lat/lon/tol_km")
            if f.get("event_date") and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", f["event_date"]):
                problems.append(f"{g['doc']}: bad event_date {f['event_date']!r}")
            if f.get("qualifier") not in QUALIFIERS:
                problems.append(f"{g['doc']}: bad qualifier {f.get('qualifier')!r}")
            if f.get("category") not in CATEGORIES:
                problems.append(f"{g['doc']}: category {f.get('category')!r} outside the README's list")
            if f.get("event_date") and f["event_date"] > g.get("published", "9999"):
                problems.append(f"{g['doc']}: figure dated {f['event_date']} after publication")
        for f in g.get("figures", []) + g.get("optional_figures", []):
            if f["evidence"] not in text:
                problems.append(f"{g['doc']}: evidence not verbatim in text: {f['evidence']!r}")
    for name in sorted(os.listdir(TEXTS)):
        if name.endswith(".txt") and name not in names:
            problems.append(f"{name}: text without gold")


def check_events(gold, problems):
    if not os.path.exists(EVENTS):
        problems.append("events.jsonl missing")
        return 0, 0
    events = load_jsonl(EVENTS)
    by_doc = {g["doc"]: g for g in gold}
    current_of = {d: [] for d in by_doc}
    ids = set()
    for e in events:
        eid = e.get("event")
        if set(e) != EVENT_KEYS:
            problems.append(f"{eid}: keys {sorted(set(e) ^ EVENT_KEYS)} differ from the schema")
            continue
        if eid in ids:
            problems.append(f"{eid}: duplicate event id")
        ids.add(eid)
        if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", e["date"]):
            problems.append(f"{eid}: bad date {e['date']!r}")
        for d in e["date_alternatives"]:
            if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d):
                problems.append(f"{eid}: bad date alternative {d!r}")
        if not e["docs"]:
            problems.append(f"{eid}: no docs")
        killed_counts = set()
        for d in e["docs"]:
            if d not in by_doc:
                problems.append(f"{eid}: doc {d} has no gold / text")
                continue
            if not e["older"]:
                current_of[d].append(eid)
            figs = by_doc[d].get("figures", [])
            dates = [e["date"]] + e["date_alternatives"]
            if not any(date_matches(f.get("event_date"), dates) for f in figs):
                problems.append(f"{eid}: {d} has no gold figure dated {dates}")
            elif not any(date_matches(f.get("event_date"), dates) and near_event(f, e) for f in figs):
                problems.append(f"{eid}: {d} has no gold figure dated {dates} placed at the event")
            killed_counts |= {f["count"] for f in figs
                              if f["category"] == "killed" and date_matches(f.get("event_date"), dates)}
        no_deaths = e["killed_best"] == 0 and "No deaths" in e["killed_note"]
        if no_deaths and e["older"] is not True:
            problems.append(f"{eid}: killed_best 0 only for a side event")
        if not no_deaths and e["killed_best"] not in killed_counts:
            problems.append(f"{eid}: killed_best {e['killed_best']} is not a killed figure of its docs "
                            f"dated on the event ({sorted(killed_counts)})")
        if not e["killed_note"].strip():
            problems.append(f"{eid}: empty killed_note")
    for d, evs in current_of.items():
        if len(evs) != 1:
            problems.append(f"{d}: in {len(evs)} current events {evs} (want exactly 1)")
    for e in events:
        if e.get("older") is False:
            if len(e["docs"]) != 3:
                problems.append(f"{e['event']}: {len(e['docs'])} docs (want 3)")
            pubs = [date.fromisoformat(by_doc[d]["published"]) for d in e["docs"] if d in by_doc]
            ev_day = date.fromisoformat(e["date"][:10]) if len(e["date"]) == 10 else None
            if len(set(pubs)) != len(pubs):
                problems.append(f"{e['event']}: two docs published on the same day")
            if ev_day and pubs and min((p - ev_day).days for p in pubs) > 1:
                problems.append(f"{e['event']}: first doc later than day 1")
            if ev_day and pubs and max((p - ev_day).days for p in pubs) > 9:
                problems.append(f"{e['event']}: last doc later than day 9")
    current_date = {d: e["date"] for e in events if e.get("older") is False for d in e.get("docs", [])}
    for e in events:
        if e.get("older") is not True or set(e) != EVENT_KEYS:
            continue
        for d in e["docs"]:
            if d not in by_doc:
                continue
            if e["date"] >= by_doc[d]["published"][:len(e["date"])]:
                problems.append(f"{e['event']}: older event dated {e['date']} not before {d}'s publication")
            cur = current_date.get(d)
            if cur and len(cur) == 10:
                if len(e["date"]) == 10:
                    gap = (date.fromisoformat(cur) - date.fromisoformat(e["date"])).days
                else:
                    gap = (date.fromisoformat(cur) - date.fromisoformat(e["date"] + "-28")).days
                if gap < 2:
                    problems.append(f"{e['event']}: older event {e['date']} too close to {d}'s current event {cur}")
    n_current = sum(1 for e in events if e.get("older") is False)
    if n_current != 5:
        problems.append(f"{n_current} current events (want 5)")
    older_docs = {d for e in events if e.get("older") for d in e.get("docs", [])}
    for d in by_doc:
        if d not in older_docs:
            problems.append(f"{d}: mentions no older attack listed in events.jsonl (want one or two)")
    return len(events), sum(1 for e in events if not e.get("older"))


def main():
    gold = load_jsonl(GOLD)
    problems = []
    check_texts_and_gold(gold, problems)
    n_events, n_current = check_events(gold, problems)

    scorer = next((p for p in SCORER_CANDIDATES if os.path.exists(p)), None)
    if scorer is None:
        sys.exit("FAIL scorer score.py not found")
    fd, pred_path = tempfile.mkstemp(prefix=".blind45_selfcheck_", suffix=".jsonl", dir=HERE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for g in gold:
                records = [figure_record(f) for f in g.get("figures", [])]
                records += [place_record(p) for p in g.get("places", []) + g.get("optional_places", [])]
                fh.write(json.dumps({"doc": g["doc"], "published": g.get("published"),
                                     "records": records}) + "\n")
        run = subprocess.run([sys.executable, scorer, GOLD, pred_path, "--json"],
                             capture_output=True, text=True)
    finally:
        os.unlink(pred_path)
    if run.returncode != 0:
        sys.exit(f"FAIL scorer exited {run.returncode}: {run.stderr.strip()}")
    summary = json.loads(run.stdout.strip().splitlines()[-1])

    figs, places, attrs = summary["figures"], summary["places"], summary["figure_attribute_accuracy"]
    if figs["f1"] != 1.0:
        problems.append(f"figures F1 {figs['f1']} (tp {figs['tp']} fp {figs['fp']} fn {figs['fn']})")
    if places["f1"] != 1.0:
        problems.append(f"places F1 {places['f1']} (tp {places['tp']} fp {places['fp']} fn {places['fn']})")
    for name, value in attrs.items():
        if value != 1.0:
            problems.append(f"figure attribute {name} accuracy {value}")
    if summary["documents"] != len(gold) or summary["documents_missing_from_prediction"]:
        problems.append("documents missing from the prediction")

    n_opt = sum(len(g.get("optional_figures", [])) for g in gold)
    n_optp = sum(len(g.get("optional_places", [])) for g in gold)
    line = (f"documents {summary['documents']}  figures F1 {figs['f1']} (tp {figs['tp']}, optional {n_opt})  "
            f"places F1 {places['f1']} (tp {places['tp']}, optional {n_optp})  attributes "
            + " ".join(f"{k} {v}" for k, v in attrs.items())
            + f"  events {n_events} ({n_current} current)")
    if problems:
        print("selfcheck FAILED: " + line)
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("selfcheck OK: " + line)


if __name__ == "__main__":
    main()
