"""Matching quality and speed: precision of ``auto`` and coverage per data set, and time.

    .venv/bin/python bench/bench_match.py [--sets prosept,prosept_one_name,amazon_google,walmart_amazon,
                                                  siblings,electronics,retail_en,domains_dev,domains_dev2,domains_dev3,
                                                  domains_dev4,domains_dev5,domains_dev6,tyres_kz_dev7,domains_dev8,
                                                  domains_dev9,domains_dev10,lubricants_pl_dev11,domains_dev12,
                                                  domains_dev13,domains_dev14,domains_dev16,domains_dev17,
                                                  plumbing_ua_dev18,electrical_pl_dev18,
                                                  appliances_ru_dev20,petshop_pl_dev20,motoagro_kz_dev19,
                                                  chinaparts_ru_dev19,babygoods_ua_dev21,phones_kz_dev22,
                                                  paints_pl_dev22,kbeauty_ru_dev23,filters_ua_dev23,tyres_lv_dev23,
                                                  autoparts_en_dev24,tyres_uk_dev24,makeup_ru_dev25,engineparts_ua_dev25,
                                                  agrityres_ua_dev26,skincare_ua_dev27,brakes_pl_dev27,ignition_ua_dev29,
                                                  haircolor_pl_dev28,suspension_ru_dev28,tyres_pl_ua_dev28,makeup_mp_ru_dev30,
                                                  tyres_mp_ru_dev30,autoparts_mp_ru_dev30,tyres_ee_dev31,cosmetics_by_dev31,
                                                  autoparts_lt_dev31,autoparts_us_dev33,cosmetics_us_dev33,tyres_ca_dev33,
                                                  tyres_uz_dev36,cooling_ua_dev36,tyres_hu_dev34,shaving_uk_dev34,clutch_de_dev34,wipers_ua_dev39,tyres_tr_dev38,sensors_ru_dev38,tyres_ro_dev35,bearings_kz_dev35,industrialtyres_ru_dev37,steering_pl_dev37,wintertyres_ru_dev41,nails_ua_dev41,shocks_pl_dev41,
                                                  alternators_ru_dev42,vantyres_de_dev42,bodycare_ua_dev42,tyres_us_dev40,
                                                  suncare_uk_dev40,exhaust_ru_dev40,
                                                  cosmetics_mp_ru_dev44,autoparts_exist_ru_dev44,tyres_kolesa_ru_dev44,domains_dev43,
                                                  autobulbs_ru_dev45,dermocosmetics_pl_dev45,tyres_bg_dev45,
                                                  domains_dev47,domains_dev48,domains_dev50,
                                                  lashes_ru_dev46,tyres_it_dev49,tyres_nl_dev52,domains_dev54,domains_dev53,domains_dev51,
                                                  domains_dev56,domains_dev55,makeup_kz_dev58,tyres_pl_allegro_dev58,
                                                  domains_dev57,domains_dev60,domains_dev61,domains_dev59,domains_dev62,domains_dev63,
                                                  agrityres_ro_dev64,beardcare_pl_dev64,domains_dev65,
                                                  perfume_tr_dev66,tyres_uz_wholesale_dev66,speed]
                                          [--scorer rules|learned]
                                          [--model FILE] [--label-share 0.5] [--split all|dev|test]
                                          [--speed-size N] [--json]
    .venv/bin/python bench/bench_match.py --sets holdout_en --json   # the holdout, run on purpose
    .venv/bin/python bench/bench_match.py --sets domains_dev,domains_holdout   # tyres, cosmetics, auto parts

precision = right auto / all auto; coverage = right auto / offers that have a true match.
Sets:
- prosept: a manufacturer's catalog (RU, ';', glued words, alternative marketplace names)
  and dealer offers scraped from shops, truth per (dealer, key) — ../shared/data/matching/prosept
- prosept_one_name: the same offers and truth against the catalog without its alternative
  marketplace names (ozon_name, name_1c, wb_name): a shop that exports one name per item.
  ``--split dev`` / ``--split test`` keep the offers of one half of the dealers (halves fixed
  by a hash of the dealer id, see ``dealer_half``): develop on dev, measure on test, never
  tune on test (acceptance uses dealers nobody here has seen).
- amazon_google: Amazon (catalog, column ``title``) vs Google Shopping offers (``name``), Latin-1,
  true pairs in mapping.csv; also reported the other way round. The mapping leaves out many
  true pairs (55 of the 109 offers whose title equals a catalog title exactly have no pair),
  so "precision on labelled offers" (auto rows of offers that have a pair) is shown too.
- walmart_amazon: Walmart offers (lower-cased titles, brand, modelno as MPN, price) against an
  Amazon catalog of 5,137 records (modelno as a code column) — ../shared/data/matching/walmart_amazon.
  One supplier, so ``--split dev`` / ``--split test`` halve the offers themselves (fixed by a hash
  of the offer id, see ``offer_half``): develop on dev, measure on test.
- tyres_lists_ru (reported): two real Russian tyre wholesalers' lists of one week (../shared/data/lists,
  written by neither of us): Kolobox's 3,701 tyres (Latin brands: "Nokian 215/45R17 91T Nordman 7 (XL)")
  as the shop's catalog, Dakar's 2,260 car tyres (Cyrillic brands, its own size and index order and
  shorthand: "Нордман  215/45/17  T 91 NORDMAN 7 XL", "HKPL 9", "DMV2") as one supplier's offers. The
  truth is the maker's article both lists carry (Kolobox "Артикул", Dakar "Код_произв"): equal articles
  are a true pair (953); only names and brands reach the engine. A maker that gives one tyre several
  articles leaves some true pairs unlabelled (an auto on an offer without a pair may be right: Michelin's
  "X-Ice North 3" of one size and index under another article), so "precision on labelled" is the
  measure and precision over all autos a floor.
- tyres_lists_ru_flipped (reported): the same two lists the other way round - Dakar's one-line names
  ("Нордман  215/45/17  T 91 NORDMAN 7 XL", Cyrillic brand column) as the catalog, Kolobox's as the
  offers; one article may name several catalog lines, each a true match.
- bags_feed_ua (reported): a real Ukrainian seller's marketplace feed (../shared/data/lists) naming each of
  its 206 suitcases and bags in Ukrainian and in Russian: the Ukrainian names are the catalog, the Russian
  ones without their bracketed article the offers, the feed's offer id the truth. Siblings of another size
  (мала / середня / велика, малый / средний / большой) and colour (синя and блакитна, синий and голубой)
  are the hard negatives.
- siblings: a generated RU catalog of near-siblings (samples/matching/siblings.py, a seed the
  tests do not use) with offers respelled as dealers write them and offers for siblings the
  catalog lacks.
- electronics: a generated US electronics shop catalog (Abt style: "Sony BRAVIA 46" Series V LCD
  Flat Panel HDTV - KDL46V5100") and supplier feeds (Buy.com, Best Buy, Newegg, B&H, Walmart
  style: "Sony BRAVIA KDL-46V5100 46" 1080p LCD HDTV") with near-sibling families, refurbished
  units, bundles and third-party accessories as hard negatives (samples/matching/electronics.py,
  a seed the tests do not use).
- retail_en: a hand-written English electronics set (samples/matching/retail_en): an Abt-style
  shop catalog of 2007-2010 and current consumer electronics and supplier feeds written as Buy.com,
  Best Buy, Newegg, Walmart and B&H title them, with siblings the catalog does not carry
  (size, colour, capacity, handset count, model year), refurbished units, kits, third-party
  accessories and unrelated products as hard negatives. Written by hand, so it does not share the
  generated set's phrasing.
- holdout_en: a second hand-written English electronics set (samples/matching/holdout_en), kept
  as a holdout: a shop catalog of 204 items in 21 categories (printers and toner, monitors,
  laptops, smart home, kitchen, power tools, storage, cables...) and 325 supplier offers titled as
  Amazon, Best Buy, Newegg, B&H, Walmart, Crutchfield, Currys and Argos write them (USD and GBP),
  with siblings, regional variants, refurbished and open-box units, bundles, third-party
  accessories and unrelated products as negatives. Not in the default list: run it on purpose
  (``--sets holdout_en``) and never tune the engine to it.
- tyres_dev, cosmetics_dev, autoparts_dev (``--sets domains_dev`` names all three): hand-written
  sets of domains the engine was not built for (samples/matching/domains_dev): a UA tyre shop
  (sizes, load/speed indices, XL, run-flat, studs, seasons), a UA cosmetics shop (volumes,
  shades, line variants, shampoo/balm/mask of one line) and a UA auto-parts shop (part numbers
  with an article column, brand cross-references, "for <car>", numbers with spaces, dashes and
  dots), each offered by two suppliers in their own styles, with siblings the catalog lacks.
- tyres_holdout, cosmetics_holdout, autoparts_holdout (``--sets domains_holdout``): the same
  three domains from other shops (PL tyres, PL cosmetics, a KZ parts shop without an article
  column) and other suppliers' styles (Polish, Kazakh, EU EN feeds, Emex-style code columns),
  kept as a holdout: not in the default list, never tuned on.
- cosmetics_pl_dev2 (``--sets domains_dev2``): a development set written after the first round,
  in Latin script only (a PL drugstore, a PL wholesaler, an EN feed); in the default list since
  it met the target (samples/matching/domains_dev2/README.md).
- tyres_eu_dev3, cosmetics_eu_dev3 (``--sets domains_dev3``): a third development round in Latin
  script (EU tyre distributors in EN/DE/PL styles with EU label fields, DOT years and OE marks; EN/DE
  drugstore feeds with shade numbers, testers, refills and sets); in the default list since it met the
  target (samples/matching/domains_dev3/README.md).
- tyres_ru_dev4, cosmetics_ru_dev4, autoparts_ru_dev4 (``--sets domains_dev4``): a fourth development
  round of Russian shops and CIS suppliers (KZ/BY tyre wholesalers and marketplace titles with studs,
  van tyres and indices in brackets; a drugstore with a wholesaler's abbreviations, a perfume
  distributor and marketplace titles; an exist.ru-style parts shop with OEM numbers, left/right parts
  and cross-references); in the default list since it met the target
  (samples/matching/domains_dev4/README.md).
- tyres_ua_dev5, cosmetics_ua_dev5, autoparts_pl_dev5 (``--sets domains_dev5``): a fifth development
  round (a UA tyre shop with Rozetka, Kaspi and wholesaler titles, sets of four and studdable tyres; a UA
  cosmetics shop with UA wholesaler abbreviations, Kaspi and EN import titles, pumps, refills, testers
  and minis; a PL parts shop with Inter Cars, Allegro and OE-number styles); in the default list since
  it met the target (samples/matching/domains_dev5/README.md).
- tyres_pl_dev6 (``--sets domains_dev6``): a sixth development round, a PL tyre shop with a PL
  wholesaler, a KZ distributor in Russian and an EU English B2B feed, several sizes of each line and
  the lines' predecessors and sister lines one short token apart; in the default list since it met
  the target (samples/matching/domains_dev6/README.md).
- tyres_kz_dev7, tyres_en_dev7 (``--sets domains_dev7``): a seventh development round, a KZ tyre shop
  in Russian heavy on Asian budget lines named by codes (WST3, W429, WP51, iG60; wholesalers writing the
  code alone, spaced, dashed or glued, the brand abbreviated or missing) and a UK tyre shop with a German
  wholesaler, a UK B2B feed in capitals (PS4S, CC2, PC7) and a PL importer in English, with makers' own
  marks for run-flat, noise foam and self-sealing tyres; tyres_kz is in the default list since it met
  the target (samples/matching/domains_dev7/README.md says what tyres_en lacks).
- autoparts_kz_dev8, cosmetics_pl_dev8 (``--sets domains_dev8``): an eighth development round, a KZ
  parts shop (a RU wholesaler with OE numbers, a Chinese-parts importer's "оригинал" / "аналог" /
  "(Китай)", a KZ distributor writing Kazakh words, an EN cross-reference feed) and a PL drugstore
  (a PL wholesaler's capitals and abbreviations, a DE distributor, a UA importer transliterating
  brands, an EN B2B feed, marketplace flankers); both are in the default list since they met the
  target (samples/matching/domains_dev8/README.md).
- electronics_ru_dev9, electronics_pl_dev9 (``--sets domains_dev9``): a ninth development round, a RU and
  a PL electronics and appliance shop (M.Video / x-kom style) with distributors in capitals and part
  numbers with market suffixes, a grey importer, marketplace titles, KZ/BY, German, English EU and UA
  feeds; memory, colour, screen size, model year, Pro/Plus/FE, 4G/5G, CPU/RAM/SSD siblings,
  refurbished units, bundles and accessories as negatives; in the default list since both met the
  target (samples/matching/domains_dev9/README.md).
- diy_pl_dev10, diy_de_dev10, petfood_ru_dev10 (``--sets domains_dev10``): a tenth development round, a PL
  and a DE DIY store (paints and lacquers by colour, RAL, finish and can; cement, adhesives and plaster by
  bag weight; tiles by series and size; DIN and wood screws by size and pack; power tools solo or in a
  kit; batteries) and a RU pet shop (food by bag weight and flavour, pouches, treats, litter), offered by
  wholesalers in capitals, marketplace titles, DE/PL/UA/RU/EN feeds; another colour, finish, can,
  bag, size, pack, flavour, life stage, a kit for the solo tool and back as negatives; in the default
  list since all three met the target (samples/matching/domains_dev10/README.md).
- lubricants_pl_dev11 (``--sets domains_dev11``): an eleventh development round, a PL lubricants shop
  (engine oils by line, approval code, viscosity and can; gear oils, ATFs, coolants) with a PL wholesaler
  in capitals, marketplace titles, a German distributor, a Russian wholesaler and an English EU feed;
  approval codes exchanged for others as negatives; in the default list since it met the target
  (samples/matching/domains_dev11/README.md).
- tyres_de_dev12, perfume_uk_dev12, autoparts_ua_dev12 (``--sets domains_dev12``): a twelfth development
  round, a DE tyre shop (Czech, Austrian, German marketplace and Dutch B2B suppliers), a UK perfume and
  skincare shop (US, French, Polish and Ukrainian suppliers) and a UA auto-parts shop (Polish, Russian, UK
  motor-factor and Ukrainian marketplace suppliers); other sizes, indexes, runflat and generations, a
  fragrance's flankers and concentrations, testers, sets and refills, neighbouring part numbers, sides,
  pairs and sets of four as negatives; all three are in the default list since they met the target
  (samples/matching/domains_dev12/README.md).
- trucktyres_ru_dev13, autoparts_ua_dev13, drugstore_cz_dev13 (``--sets domains_dev13``): a thirteenth
  development round, a RU truck, bus, agricultural and motorcycle tyre dealer (load indices, ply ratings
  `18PR` / `8нс`, axle positions, TL/TT, retreads, front/rear), a UA parts shop's batteries (polarity
  `R+` / `L+` / `(0)` / `(1)`, JIS codes), spark plugs, bulbs, wiper blades and brakes per axle, and a CZ
  drugstore's make-up by shade, hair dye by shade code, nail polish numbers, sun care by SPF and travel
  sizes and refills; all three are in the default list since they met the target
  (samples/matching/domains_dev13/README.md).
- tyres_ru_dev14, perfume_pl_dev14, autoparts_de_dev14 (``--sets domains_dev14``): a fourteenth
  development round, a RU tyre shop, a PL perfumery and a DE parts shop whose offers are all marketplace
  titles (Ozon, Wildberries, Kaspi, Allegro, eBay, Amazon, Rozetka/Prom): marketing words, emoji,
  compatibility lists, the brand last or missing, transliteration, sizes and volumes written every way;
  sets of two or four, another size or index, run-flats, flankers, concentrations, testers, minis,
  refills, gift sets, copies ('аналог', 'zamiennik'), a code one suffix away and another maker's
  compatible part as negatives; all three are in the default list since they met the target
  (samples/matching/domains_dev14/README.md).
- haircare_kz_dev15, autoparts_jk_dev15, tyres_by_dev15 (``--sets domains_dev15``): a fifteenth development
  round, a KZ shop of Korean skin care and salon hair care (hair colour shades `7/1`, `8.3`, `6-0`, oxidants by
  strength, salon litres, refills, boxes of ampoules; Korean, KZ, Wildberries, RU salon and UA suppliers), a
  RU shop of Japanese and Korean car parts by OEM number (code-only lists, Japanese and Korean exporters,
  classifieds, aftermarket cross-numbers, left/right, front/rear) and a BY tyre shop of van, ATV and 4x4
  tyres (1C exports with `А/ш`, `б/к`, `ошип.`, a Cyrillic `С`; RU, UA, PL, EN suppliers); other shades,
  strengths, sizes, indices, sides, packs, sister lines and other makers' parts for the OEM number as
  negatives (samples/matching/domains_dev15/README.md).
- tyres_cz_dev16, cosmetics_lt_dev16, truckparts_pl_dev16 (``--sets domains_dev16``): a sixteenth
  development round, a CZ tyre e-shop (DE/AT wholesalers with EU label fields, PL, HU and SK dealers,
  Czech marketplace titles and a CZ wholesaler in capitals without diacritics), a LT perfumery and
  drugstore (PL, DE dm-style, EN, RU transliterating, LV and ES suppliers: `LSF` / `FPS` / `СЗФ`,
  `Nachfüllpack`, `Reisegröße`, shades, gift sets) and a PL truck, trailer and tractor parts shop (WABCO /
  Knorr air dryer cartridges, brake chambers, relay valves and their repair kits, OE filter numbers of
  Volvo, Iveco, DAF, Scania and John Deere, from PL, UA, RU codes-only, DE and EN suppliers); another
  index, generation, concentration, flanker, shade, SPF, pack, neighbour number, side, a repair kit and
  another maker's pattern part as negatives; all three are in the default list since they met the target
  (samples/matching/domains_dev16/README.md).
- autostore_ua_dev17, nails_ru_dev17, bicycle_pl_dev17 (``--sets domains_dev17``): a seventeenth development
  round, a UA car store whose one catalog mixes tyres, oils and fluids, filters, brakes, batteries and car care
  (UA wholesalers in Ukrainian and Russian, Rozetka and Prom titles, a PL distributor), a RU professional nail
  and make-up shop (gel polishes by numbered shade, bottles of 8/12 ml, bases and tops, builder gels, lamps by
  wattage; distributors, Ozon and Wildberries titles, a BY wholesaler, a KZ reseller, a CND distributor) and a
  PL bicycle shop (tyres `700x25C` / `29x2.25` / ETRTO, folding or wire, TLR; inner tubes by valve and valve
  length; chains by speeds and links; cassettes by range; brake pads; PL, DE, CZ, EN and Allegro suppliers);
  another size, shade, bottle, index, polarity, valve, speed, range, link count, pack, sister line or copy as
  negatives; all three are in the default list since they met the target (bicycle_pl since its coverage reached
  0.6442 with no wrong auto; samples/matching/domains_dev17/README.md).
- diy_ru_dev18, plumbing_ua_dev18, electrical_pl_dev18 (``--sets domains_dev18``): an eighteenth development
  round, a RU DIY store (paint by base and can, dry mixes by bag, drywall by thickness, screws and dowels by size
  and pack, tiles by size and colour; a Moscow wholesaler, Leroy- and Petrovich-style and Ozon titles, a KZ
  dealer), a UA plumbing and heating shop (mixers by article, PPR pipes by diameter and wall, valves by inch
  thread, radiators by type, size and sections, boilers by kW and circuits; UA wholesalers in Ukrainian and
  Russian, Prom and Rozetka titles, a PL distributor) and a PL electrical shop (cable by metre, coil and drum,
  breakers by curve and poles, RCDs by mA and type, sockets and switches by series and colour, LED bulbs by W, K
  and base; PL, CZ, DE, EN and Allegro suppliers); another can, bag, base, size, pack, colour, curve, type,
  power, circuit, kit, a used one or a copy as negatives; plumbing_ua and electrical_pl are in the default
  list since they met the target, diy_ru is reported only (samples/matching/domains_dev18/README.md).
- motoagro_kz_dev19, pharmacy_ua_dev19, chinaparts_ru_dev19 (``--sets domains_dev19``): a nineteenth
  development round, a KZ shop of motorcycle, farm and industrial tyres (front and rear motorcycle sizes, TL/TT,
  bias `18.4-38` and radial `420/85R28`, ply ratings, solid forklift tyres, tubes; a KZ wholesaler in Russian
  capitals, a supplier writing Kazakh, a Moscow wholesaler, a Chinese maker's distributor in English, Kaspi
  titles), a UA pharmacy's dermocosmetics (La Roche-Posay, Bioderma, Vichy, CeraVe, Avene: line words such as
  `Duo(+)M` / `Duo+`, `B5+` / `B5`, sizes, travel sizes, sets, tinted or not, SPF; UA, RU, FR and EN suppliers,
  Rozetka and Makeup.ua titles) and a RU shop of parts for Chinese cars (Chery, Haval, Geely, Changan OEM
  numbers, aftermarket makers, sides and axles, kits; a Moscow distributor with an OEM column, Exist/Emex-style
  rows, a KZ reseller, Avito titles, a wholesaler transliterating the makes); another size, axle, side, ply
  rating, formula, tint, pack, set, refill, neighbouring number, copy or used part as negatives;
  motoagro_kz and chinaparts_ru are in the default list since they met the target
  (samples/matching/domains_dev19/README.md says what pharmacy_ua lacks).
- appliances_ru_dev20, powertools_ua_dev20, petshop_pl_dev20 (``--sets domains_dev20``): a twentieth development
  round, a RU home-appliance dealer whose catalog has one name per item (washing machines, fridges, vacuum
  cleaners, kettles, microwaves by the maker's code with its colour letters and region suffix; a distributor with
  codes in its column, DNS / M.Video / Citilink-style titles, Ozon and Wildberries titles, a BY dealer in BYN), a
  UA power-tool shop (Makita, DeWalt, Bosch Professional, Metabo: body only or kit, 18 / 36 / 40 / 54 V, battery
  Ah, disc diameter, case; UA and RU wholesalers, PL and EN distributors, Prom titles) and a PL pet shop (dry and
  wet food by bag and pack, life stage, breed size, flavour, litter by litres; PL, DE, CZ, EN and Allegro
  suppliers); another code letter, colour, region, generation, kit, battery, disc, bag, pack, life stage, flavour,
  sister line, copy or used unit as negatives; appliances_ru and petshop_pl are in the default list since they met
  the target, powertools_ua is reported only (one wrong auto, Metabo's `BS 18 LT BL` for the `BS 18 L`;
  samples/matching/domains_dev20/README.md).
- carbatteries_ru_dev21, babygoods_ua_dev21, lighting_pl_dev21 (``--sets domains_dev21``): a twenty-first
  development round, a RU shop of car batteries and bearings (capacity, cold-cranking current, polarity written six
  ways, Asia or Euro, EFB / AGM, the maker's code with or without its spaces; SKF / FAG / NSK / ГПЗ bearings by
  seal, shield, clearance and size; a wholesaler with codes in its column, Ozon and Wildberries titles, a KZ dealer,
  an EN distributor, short lines), a UA baby-goods shop (diapers and pants by size, weight range and count, wipes
  by pack, formula by stage and tin, bottles and nipples; a UA wholesaler in capitals, a dealer writing Russian,
  Rozetka and Prom titles, a PL distributor, short lines) and a PL lighting shop (LED bulbs, tubes, panels,
  floodlights, strips by base, watts, lumens, kelvins or the maker's `827`, dimmable, beam; PL, DE, CZ, EN and UA
  suppliers, Allegro titles); another polarity, capacity, technology, seal, clearance, diaper size or count, formula
  stage, colour temperature, wattage, base, pack, copy or used unit as negatives; babygoods_ua is in the default
  list since it met the target, carbatteries_ru and lighting_pl are reported only (one wrong auto each: an open
  bearing for the sealed one, a `Panel Value 625` for the `60x60` panel; samples/matching/domains_dev21/README.md).
- phones_kz_dev22, fasteners_ua_dev22, paints_pl_dev22 (``--sets domains_dev22``): a twenty-second development
  round, a KZ phone and accessory shop (smartphones by memory and colour, Pro / Pro Max / Plus siblings, a market's
  version - `CN`, eSIM only, `Global` -, cases, glass and chargers for a phone, earbuds by port, power banks by mAh; a
  distributor with the maker's code in its column, Kaspi titles, a seller writing Kazakh, a RU marketplace in RUB, a
  KG dealer in KGS, an EN distributor in USD, short lines), a UA fasteners shop (bolts, screws, nuts and washers by
  DIN / ISO standard, size, strength class, coating or stainless grade and pack; dowels, anchors, drill bits; a
  wholesaler in capitals with its codes, a RU dealer, Prom titles, PL and DE distributors, short lines) and a PL
  paints and building-chemistry shop (wall paints by colour, base, finish and can, enamels by RAL and gloss, sealants
  white or transparent, tile adhesives by bag, grouts by colour number, mounting foams winter or summer, gun or
  straw; a wholesaler with codes, Castorama and Allegro titles, CZ, DE and UA distributors, short lines); another
  memory, colour, market, generation, length, class, coating, standard, pack, can, base, shade, line, foam, an
  accessory for the item, a copy, a used unit or a set as negatives; phones_kz and paints_pl are in the default list
  since they met the target, fasteners_ua is reported only (samples/matching/domains_dev22/README.md).
- kbeauty_ru_dev23, filters_ua_dev23, tyres_lv_dev23 (``--sets domains_dev23``): a twenty-third development
  round, a RU Korean-cosmetics shop (COSRX, Some By Mi, Missha, Beauty of Joseon, Round Lab, Anua, Medi-Peel,
  Mediheal: volumes, travel minis, sheet masks by the piece and by ten, refills, shades, versions; a Korean
  exporter in English, a RU wholesaler with barcodes in its column, Ozon / Wildberries titles, a KZ dealer, short
  lines with the brand in Cyrillic, a grey importer writing Korean words in Latin letters), a UA shop of car filters
  and brake parts (MANN-FILTER, Bosch, Filtron, Knecht, WIX, Sakura numbers spaced, slashed and glued, OEM
  cross-references and the car in the name, pads by axle, discs by diameter; a wholesaler naming only the kind and
  the maker with the number in its column, an Elit-style catalogue, a RU dealer, Prom titles, PL and DE/EN
  distributors) and a LV tyre shop (Nokian Hakkapeliitta R5 / 10p / SUV / EV / C3, studded or friction, XL,
  run-flat marks; a LV wholesaler, an EE/LT distributor, a RU-language Baltic dealer, PL and DE distributors, EU
  marketplace titles, short lines); another volume, pack, version, number of a series, axle, index, size, stud
  variant, set, copy or used one as negatives; all three are in the default list since they met the target
  (samples/matching/domains_dev23/README.md).
- autoparts_en_dev24, cosmetics_en_dev24, tyres_uk_dev24 (``--sets domains_dev24``): a twenty-fourth development
  round, three English-language shops: a UK aftermarket parts shop (Bosch, Brembo, TRW, Mintex, Ferodo pads and
  discs by axle and car, Mann and Mahle filters, NGK plugs with their stock numbers, single and set of four, wiper
  blades, twin-pack bulbs, belts, KYB shocks by side, oils by spec; a distributor in capitals with the number in
  its column, eBay titles, a motor factor's terse list with brands cut to three letters, a US distributor in
  inches and quarts, a German supplier writing English with compact codes), a UK drugstore and beauty shop
  (skincare by size, foundations and lipsticks by shade, EDT / EDP by ml, testers, refills, gift sets, travel
  sizes, SPF; a grey-market distributor with barcodes, Amazon titles, a wholesaler's short lines, a US supplier in
  fl oz, a Boots-style feed) and a UK tyre shop (sizes, indices, XL, run-flat SSR / RFT / *, OE marks MO / AO / MFS,
  seasons, C vans, budget brands; a wholesaler writing the size glued, `2055516 91V`, marketplace titles, a
  fitter's terse list, a German distributor, a part-worn and retread seller); another axle, side, pack, number
  one digit away, spec, size, concentration, flanker, shade, index, line generation, OE mark, a copy, a used,
  part-worn or retreaded one as negatives; autoparts_en and tyres_uk are in the default list since they met the
  target, cosmetics_en is reported only (two wrong autos: an `Oil-Infused` micellar water for the `Sensitive
  Skin` one, a serum `(with Ceramides)` for the plain one; samples/matching/domains_dev24/README.md).
- makeup_ru_dev25, engineparts_ua_dev25, moto_kz_dev25 (``--sets domains_dev25``): a twenty-fifth development
  round, a RU decorative-cosmetics shop (lipsticks, foundations, mascaras, palettes and nail polish by shade
  number and name - `тон 130 True Beige`, `№`, `оттенок` -, volume, line; Maybelline, L'Oreal, Vivienne Sabo,
  Relouis, Belor Design, Luxvisage, Divage, Bourjois, Essence, Catrice; a distributor in capitals with articles,
  Wildberries and Ozon titles, a BY wholesaler writing the brands in Latin and Cyrillic, a KZ supplier writing
  Kazakh words, short lines), a UA engine-parts shop named in Ukrainian and Russian (pistons, rings and bearing
  shells by repair size - STD, 0,25, +0,50, 82,4 -, liners, gaskets, timing kits with or without a water pump,
  pumps, hub bearings by axle, valves intake or exhaust; ВАЗ, ГАЗ, Daewoo Lanos, Renault Logan, VW engines; a
  wholesaler in capitals with codes, Prom titles, a RU-language supplier, terse dealer lines, a PL distributor,
  an Elit-style catalogue) and a KZ moto shop (tyres by size, index, TT/TL, front or rear; chains by pitch and
  links; pads by compound; batteries; spark plugs; a RU distributor, a Kazakh wholesaler, Kaspi titles,
  Chinese-import lines, an EU distributor in English, short lines); another shade, volume, line, repair size,
  engine, kit, axle, port, size, rim, link count, pitch, compound, battery type, tester, refill, set, copy as
  negatives; makeup_ru and engineparts_ua are in the default list since they met the target, moto_kz is
  reported only (one wrong auto, samples/matching/domains_dev25/README.md).
- perfume_kz_dev26, bodyparts_ru_dev26, agrityres_ua_dev26 (``--sets domains_dev26``): a twenty-sixth development
  round, a KZ perfume shop (EDT / EDP / Parfum / Elixir by ml, testers, unboxed units, miniatures, refills, decants,
  gift sets, flankers - Intense, Absolu, Elixir, Night, Profumo for Profondo -; Chanel, Dior, Armani, Lancome, YSL,
  Versace, Hugo Boss, Paco Rabanne, Lattafa, Zarkoperfume; a grey distributor in capitals with barcodes, Kaspi
  titles, a Dubai supplier in English, short lines, a RU wholesaler), a RU car body-parts shop (headlights, tail
  lamps, bumpers, mirrors, fenders, hoods, grilles for Hyundai Solaris, Kia Rio, Lada Vesta, VW Polo, Toyota Camry
  by generation and restyling; TYC, Depo, Signeda, FPI, Sat, Tempest; a wholesaler in capitals with the maker's
  code, Avito / Ozon titles with the OEM number, a dealer's terse lines, a Chinese importer in English, a BY
  supplier) and a UA agricultural and truck tyre shop (420/85R24, 16.9-38 12PR, 710/70R42, 315/80R22.5 18PR
  steer / drive / trailer, TL / TT; Petlas, BKT, Michelin, Alliance, Росава, Белшина, Днепрошина, Triangle,
  Kormoran; a UA wholesaler in capitals, Prom titles, a RU-language distributor, a PL distributor, a terse list
  in inch sizes); another side, generation, restyling, heating, adjustment, LED, paint, body, maker, volume,
  concentration, flanker, tester, rim, ply rating, axle role, TT / TL, a retreaded or used one as negatives;
  agrityres_ua is in the default list since it met the target, perfume_kz and bodyparts_ru are reported only
  (a tester cut `тест.`, a part marked down for a chip, and bodyparts_ru's coverage: OEM numbers against the
  makers' codes, samples/matching/domains_dev26/README.md).
- skincare_ua_dev27, brakes_pl_dev27, wheels_kz_dev27 (``--sets domains_dev27``): a twenty-seventh development
  round, a UA pharmacy's dermocosmetics (La Roche-Posay, Bioderma, CeraVe, Vichy, Avène, Uriage, A-Derma: line
  versions - `Effaclar Duo+M` / `Duo(+)`, `Cicaplast Baume B5+` / `B5`, `Sensibio H2O` / `H2O AR`, `Hydrabio` -,
  SPF, sizes, refills, travel sizes, samples, testers, gift sets; a pharmacy wholesaler in capitals with codes, a
  distributor writing Russian, Rozetka and Makeup.ua titles, an EU distributor in English, short lines), a PL
  brake-parts shop (TRW, ATE, Brembo, Bosch, Textar, Ferodo, Zimmermann pads and discs by axle, disc size, vented
  or solid, one disc or a pair, sensors, fluids by DOT and can, shoes, drums, calipers by side, a kit; a
  wholesaler in capitals with the number in its column, Allegro titles, a German, an English and a Czech
  distributor, short lines with brands cut) and a KZ wheel shop (K&K, Alcasta, Replica, Скад, Venti, Tech Line,
  iFree, Trebl, Magnetto by width and rim, PCD, offset `ET45`, centre bore `DIA 67.1` / `D67.1` / `ЦО`, finish
  `BKF` / `GMF` / `S` / `алмаз черный`, cast or stamped, per wheel; a wholesaler in capitals with codes, Kaspi
  titles, a seller writing Kazakh, a RU distributor, short lines, a Chinese replica maker in English, titles
  with the size first); another version, size, SPF, tint, refill, pack, neighbour number, line of the maker,
  disc, axle, side, can, offset, bore, PCD, rim, finish, a set of four, a used, remanufactured or forged one as
  negatives; skincare_ua and brakes_pl are in the default list since they met the target, wheels_kz is
  reported only (one wrong auto, a distributor's `VW99-GM` column for the silver wheel,
  samples/matching/domains_dev27/README.md).
- haircolor_pl_dev28, suspension_ru_dev28, tyres_pl_ua_dev28 (``--sets domains_dev28``): a twenty-eighth
  development round, a PL drugstore's hair dyes and hair care (Garnier Color Naturals / Olia / Color Sensation,
  L'Oreal Excellence / Cool Creme / Preference / Casting Creme Gloss, Palette, Syoss Color / Oleo Intense, Igora
  Royal and Koleston Perfect by shade - `6.0` / `6-0` / `6/0` -, oxidants 6 / 9 / 12 %, a 3-pack, shampoos by ml;
  a wholesaler with EANs in its column, Allegro titles, a salon wholesaler's terse capitals, DE and CZ
  distributors, short lines), a RU shop's suspension parts (KYB Excel-G / Premium / Gas-A-Just, Sachs, Monroe,
  Lemforder, TRW, CTR, Febi: shocks by axle and side, links, ball joints, arms, silent blocks, a kit of two; a
  wholesaler in capitals with codes, marketplace titles, a DE distributor, a Chinese importer in English, a
  dealer's terse lines, an analogues wholesaler with OE numbers) and a UA tyre shop buying in PL and UA (Debica,
  Kormoran, Rosava, Belshina, Premiorri, Nokian, Michelin, Continental: sizes, indices, XL, studded and
  studdable, run-flat SSR *, OE marks MO / AO, C tyres; a PL distributor, a UA wholesaler with articles, Prom
  titles, a RU-language dealer, a terse list, Allegro titles); another shade one digit away, line, oxidant
  strength, bottle, pack, side, axle, number one digit away, oil for gas, copy, analogue, the car maker's original,
  a pair, size, index, line generation, OE mark, studs, a set of four, a used or retreaded one as negatives; all
  three are in the default list since they met the target (samples/matching/domains_dev28/README.md).
- bodycare_de_dev29, ignition_ua_dev29, trucktyres_kz_dev29 (``--sets domains_dev29``): a twenty-ninth development
  round, a DE drugstore's body, sun and face care (Nivea, Balea, Eucerin, Garnier Ambre Solaire, Sundance, Ladival,
  Isana, Sun Ozon: SPF 15 / 30 / 50 / 50+, spray, milk, gel, lotion, Kids, Sensitiv, After Sun, scents, 200 / 250 /
  400 ml, Doppelpack, refills; a wholesaler in capitals with barcodes, Amazon and eBay titles, an Austrian
  wholesaler's `SF 30`, a Polish distributor's `Protect & Moisture`, a pharmacy wholesaler's cut words), a UA shop of
  spark plugs, glow plugs and ignition coils (NGK, Bosch, Denso, Champion, Beru, Brisk: the maker's code and stock
  number, `0 242 235 666` spaced or glued, iridium / platinum / nickel lines, heat ranges, sets of four, OE cross
  numbers; a wholesaler naming only the line with the code in its column, a RU-language dealer, Prom titles, an EN
  distributor, terse lines, copies) and a KZ truck and bus tyre wholesaler (Kama, Triangle, Aeolus, Bridgestone,
  Michelin, Continental, Cordiant: 315/80R22.5, 12.00R20, axle roles, ply ratings, load index pairs, tube-type
  sets with tube and flap, retreads; a wholesaler in capitals, Kaspi titles, a supplier writing Kazakh, a RU
  distributor in RUB, a Chinese maker's distributor in USD, terse lines); another SPF, bottle, form, line, scent,
  pack, refill, code of the family, number one digit away, set, axle role, ply rating, size, the tyre without its
  tube, a copy, a used, retreaded or remanufactured one as negatives; ignition_ua is in the default list since it met
  the target, bodycare_de and trucktyres_kz are reported only (one wrong auto each: a `Sensitiv` version the
  catalog carries for other makers, an `R249` for the `R249 II`; samples/matching/domains_dev29/README.md).
- makeup_mp_ru_dev30, tyres_mp_ru_dev30, autoparts_mp_ru_dev30 (``--sets domains_dev30``): a thirtieth development
  round, three RU shops whose suppliers are mostly Wildberries, Ozon and Yandex Market sellers (the kind of product
  first, keyword-stuffed titles, the brand in the middle, `/` separators, `для ...`, `оригинал`, `новинка`, sizes
  and counts at the end, the seller's article in the mpn column): a decorative-cosmetics shop (Maybelline, Vivienne
  Sabo, Essence, Catrice, LUXVISAGE, Relouis, Bourjois, Stellary: mascaras plain and waterproof, `Sky High` beside
  `Lash Sensational`, shades by number and name, testers, minis, sets of 2-3; a wholesaler in capitals, a Belarusian
  distributor, short lines), a tyre shop (Cordiant, Ikon, Кама, Viatti, Matador, Pirelli, Yokohama, Hankook, Nokian:
  studded or not, run-flat, SUV versions, generations, sets of four, an old DOT, a used tyre; the shop's wholesaler
  size first, a Kazakh distributor) and a car-consumables shop (Mann, Bosch, Filtron, Mahle, Sakura, Lynx, Denso,
  Shell, Лукойл, Castrol, ZIC: filters, wipers, pads, plugs, oils by grade and can, 4+1 promo packs, analogues, OE
  numbers, fitment after `для`; a wholesaler with the number in its column, a cross-reference feed, a Kazakh
  shop); all three are in the default list since they met the target (samples/matching/domains_dev30/README.md).
- tyres_ee_dev31, cosmetics_by_dev31, autoparts_lt_dev31 (``--sets domains_dev31``): a thirty-first development
  round, three shops of the Baltic and Belarus whose suppliers write the shop's language, Russian, Finnish, Polish and
  English: an Estonian tyre shop (Nokian Hakkapeliitta 10p / 10 SUV / R5 / R3 / 9, Nordman, Continental, Michelin,
  Bridgestone, Goodyear, Pirelli with and without run-flat, Hankook, Kumho, Sailun: `naastrehv` / `lamellrehv`,
  `nastarengas` / `kitkarengas`, `шип` / `нешип.`, the EU label in titles, sets of four, DOT years, used tyres; an
  Estonian wholesaler in capitals, a Russian-writing distributor, a Finnish one, an English one, kaup24 titles, short
  lines), a Belarusian cosmetics shop (Белита-Витэкс `Revivor Perfect` shampoo, balm, mask, serum, 400 and 1000 ml and
  the set, the older `Revivor`, Белита-М `Hyaluron Expert` day and night, Markell `Everyday` nettle, Liv Delano,
  Modum, LUXVISAGE, Relouis, global brands; a wholesaler in capitals with barcodes, a seller writing Belarusian,
  Wildberries titles, a Russian distributor's `BIELITA`, a Polish distributor, short lines) and a Lithuanian
  auto-parts shop (MANN, Bosch, Mahle, Filtron filters, TRW, Brembo, Bosch, Ferodo, Textar pads, discs in pairs,
  Bosch wipers, Philips and Osram bulbs in ones, twos and tens, a Gates kit, an INA kit with pump, a Varta battery;
  a wholesaler naming only the kind with the number in its column, Inter Cars-style Polish, Russian, English,
  varle.lt titles, bare numbers); another size, index, generation, line, plant, product of the line, count,
  number one character away, kit, copy, used as negatives; all three are in the default list since they met the
  target (samples/matching/domains_dev31/README.md).
- autoparts_us_dev33, cosmetics_us_dev33, tyres_ca_dev33 (``--sets domains_dev33``): a thirty-third development
  round, three North American shops: a US auto-parts shop (Motorcraft, ACDelco, Wix, Fram, Bosch, Denso, NGK, Moog,
  Monroe: part numbers with dashes and without, `FL-820S` / `FL820S` / `FL-820-S`, NGK's stock number beside its
  plug code, ACDelco's Gold and Silver lines, new and remanufactured alternators, left and right arms and struts,
  packs of 2 to 12, fitment after `fits`; a warehouse distributor in capitals with the number in its column,
  RockAuto, AutoZone, Amazon and eBay titles, a jobber's short lines), a US drugstore beauty shop (CeraVe,
  Neutrogena, Olay, Cetaphil, e.l.f., Maybelline, L'Oréal Paris, NYX: fl oz and oz with mL and g beside them, value
  sizes, twin packs, fragrance-free versions, SPF factors, shades by number and name; a wholesaler in capitals with
  UPCs for some rows, Ulta, Target, Walmart and Amazon titles, a distributor's short lines) and a Canadian tyre
  shop (Michelin, Bridgestone, BFGoodrich, Toyo, Nokian, Goodyear, General, Firestone, Cooper: all-season,
  all-weather and winter, studded and studdable, LT and P-metric sizes with load ranges, RWL / OWL / BSW, XL,
  run-flat, sets of four; a wholesaler writing glued sizes, a Quebec distributor in French, Canadian Tire style
  titles, an online retailer, marketplace sellers, a jobber's short lines); all three are in the default list
  since they met the target (samples/matching/domains_dev33/README.md).
- tyres_hu_dev34, shaving_uk_dev34, clutch_de_dev34 (``--sets domains_dev34``): a thirty-fourth development round,
  a Hungarian tyre shop (Michelin, Continental, Bridgestone, Goodyear, Hankook, Pirelli, Nokian, Dunlop, Falken,
  Kumho, Uniroyal, Barum, Kleber, Sava: `nyári` / `téli` / `négyévszakos`, XL, run-flat as RFT / SSR / r-f /
  `defekttűrő`, van tyres' `109/107T`, a line's other season, used (`használt`), old DOT, rims; a Hungarian
  wholesaler in capitals with articles in its column, marketplace titles, an Austrian distributor in German (EUR),
  a Polish one (PLN), short lines, a used-tyre seller), a UK men's grooming shop (Gillette Fusion5 / ProGlide /
  Mach3 / SkinGuard, King C. Gillette, Wilkinson Sword Hydro / Quattro / Xtreme3, King of Shaves, Nivea Men,
  Bulldog: razors, blades in packs of 4 / 8 / 12, foam, gel, balm, beard oil; a cash-and-carry wholesaler with EANs
  and cases, Amazon titles, a pharmacy distributor's `4s`, a German / Polish EU distributor in EUR, a discounter's
  short lines, own brands and compatible copies) and a German clutch shop (LuK RepSet / RepSet Pro / RepSet DMF,
  Sachs, Valeo KIT3P / FULLPACK DMF, Aisin, Exedy: makers' numbers written in groups and joined, kits with and
  without flywheel or bearing, pressure plates and discs alone, exchange units; a German wholesaler in capitals
  with the number in its column, a Polish distributor, an English catalogue feed, eBay titles, a remanufacturer);
  all three are in the default list since they met the target (tyres_hu once an old DOT was read as another
  product) (samples/matching/domains_dev34/README.md).
- industrialtyres_ru_dev37, makeup_de_dev37, steering_pl_dev37 (``--sets domains_dev37``): a thirty-seventh
  development round: a RU forklift, skid-steer and backhoe tyre shop (Advance OB-502, Trelleborg T900 and Elite XP,
  Solideal Magnum, Armour SP800 and PLT328, Petlas HL-10 and IND, Camso SKS: sizes in inches written 6.50-10,
  28x9-15, 28х9-15, 5.00-8, 12-16.5, solid tyres with their rim's width, `6.50-10/5.00`, `(5.00)`, ply ratings as
  `12PR` and `12нс`, TT / TL, non-marking and black, tyres on rims, tubes and flaps; a wholesaler in capitals with
  articles built of the line and the size, a Chinese-tyre importer, an English distributor, marketplace titles,
  short lines without a brand), a DE make-up shop (Maybelline, L'Oréal Paris, Catrice, essence, Max Factor,
  Manhattan: numbered shades, finishes, waterproof mascaras, minis, testers, old packaging, packs and sets; a
  distributor with EANs, Amazon.de titles, a Dutch/Austrian and a Polish distributor, a discounter's short lines,
  an outlet) and a PL steering and suspension parts shop (TRW, Lemförder, Febi Bilstein, Moog, Delphi, Meyle HD,
  Lizarte: left and right tie rod ends, inner tie rods, front and rear stabiliser links, ball joints, new and
  remanufactured racks, kits; a wholesaler in capitals with the number in its column, Allegro titles, a German
  distributor, a UA/RU distributor, a remanufactured-rack seller, short lines); the tyre and the parts shop are in
  the default list since they met the target, the make-up shop is reported only (one wrong auto: `Cosmic Black`
  for the `Very Black` mascara; samples/matching/domains_dev37/README.md).
- tyres_kaspi_kz_dev32, haircare_ua_dev32, belts_ua_dev32 (``--sets domains_dev32``): a thirty-second development
  round, a KZ tyre shop of Chinese makers whose lines differ by one letter or digit (Triangle TR259 / TR257, PL01 /
  PL02, PS01, Sailun Ice Blazer WST3 / WSL2 / WST2, Linglong Green-Max Winter Ice I-15 and its SUV, Headway HW508 /
  HW503, Kapsen, Habilead, Doublestar; Kaspi.kz titles, a seller writing Kazakh `жазғы`, `қысқы шипті`, a wholesaler
  in capitals, a RU distributor in RUB, the makers' exporter in USD, short lines), a UA professional hair-care shop
  (Kérastase, L'Oréal Professionnel, Matrix, Wella Professionals, Schwarzkopf Professional, Davines: salon sizes,
  refills, shampoo / conditioner / mask / oil of one line, fine and coarse hair versions; UA, RU and EN writers, a
  wholesaler with the distributor's code in its column) and a UA belt and timing-kit shop (Gates, Contitech, Dayco,
  Bosch, SKF, INA: V-ribbed belts whose size is the code, 6PK1200 / 6PK1205, timing belts, kits with and without the
  water pump, K015578XS / KP15578XS, tensioners and idlers, analogues, parts of kits; a PL distributor); all three
  reported only (one, one and three wrong autos: a wholesaler's I-15 without studs, an `Oil Reflections Light`, the
  bare `6PK1019` for the `ELAST` belt, a column's `VKPC 81230 A`, a belt with its fitting tool;
  samples/matching/domains_dev32/README.md).
- tyres_tr_dev38, hairstyling_ru_dev38, sensors_ru_dev38 (``--sets domains_dev38``): a thirty-eighth development
  round, a Turkish tyre shop (Lassa, Petlas, Michelin, Bridgestone, Goodyear, Pirelli, Kumho: `Yaz` / `Kış` / `Dört
  Mevsim Lastiği`, van `C` sizes, XL, RFT, sister lines and generations, an old DOT or `Üretim Yılı`, sets, `İkinci
  El`; a Turkish wholesaler in capitals, Trendyol and Hepsiburada titles, a German distributor, an English importer,
  short lines), a Russian hair-styling shop (Taft, Syoss, got2b, L'Oréal Paris Elnett and Studio Line, Wellaflex,
  Estel Airex and Only, Londa Professional, Schwarzkopf Professional OSiS+, Wella Professionals EIMI, L'Oréal
  Professionnel Tecni.Art: hairsprays, foams, gels, pastes and waxes by hold level `фиксация 3 / 4 / 5` and hold in
  words, volumes, men's lines, minis, packs, professional and mass lines; a distributor in capitals with articles,
  Wildberries and Ozon titles, a Kazakh distributor writing Russian and Kazakh, a professional wholesaler, a European
  importer in German and English) and a Russian engine and ABS sensor shop (lambda sensors before and after the
  catalyst, ABS sensors front and rear, left and right, crankshaft, camshaft, MAF, MAP and knock sensors of Bosch,
  Denso, NTK, Hella, Febi, Standard, Toyota, Hyundai/Kia, VAG numbers `06A 906 262 BR`, `030 905 377 C`, Калуга; a
  wholesaler in capitals, an importer of originals and analogues, a Polish distributor, an English catalogue feed,
  marketplace titles, bare numbers); tyres_tr and sensors_ru are in the default list since they met the target,
  hairstyling_ru is reported only (precision 0.988: a marketplace's `(для мужчин) Syoss Men` hairspray matched to
  the brand's plain `Max Hold`; samples/matching/domains_dev38/README.md).
- tyres_uz_dev36, deodorants_pl_dev36, cooling_ua_dev36 (``--sets domains_dev36``): a thirty-sixth development
  round: an Uzbek tyre shop in UZS (Michelin, Continental, Nokian, Ikon, Bridgestone, Hankook, Kumho, Yokohama,
  Triangle, Linglong, Sailun, Kapsen, Cordiant, Kama, Headway: studded and friction winter tyres, C tyres with
  their load index pairs; a Tashkent wholesaler in Russian capitals, a seller writing Uzbek in Latin letters
  `qishki shina, shipli` / `shipsiz` / `ishlatilgan`, Uzum-style titles, a Kazakh distributor `қысқы шипті`, a
  Chinese-brand importer's short lines `NON-STUD`, a dealer's `б/у`), a Polish drugstore's deodorants and
  antiperspirants in PLN (Rexona, Dove, Nivea, Garnier, Old Spice, Adidas, Axe: spray / roll-on / stick / cream
  of one line, men and women, 48h and 72h lines, scents, volumes; a distributor with EANs, Allegro titles, a German
  `Deospray` / `Deo Roll-on`, a Czech `kuličkový` / `tuhý` / `pro muže`, a wholesaler's multipacks `2X150ML`,
  `A'6 SZT`, `DUOPAK`, short lines) and a Ukrainian engine-cooling parts shop in UAH (Nissens, NRF, Hella, Mahle,
  Wahler, Gates, SKF, Hepu: radiators with and without air conditioning, manual or automatic gearbox,
  thermostats by opening temperature, with housing, with or without the gasket, pumps and timing kits with or
  without the pump, fans, expansion tanks; a wholesaler naming kind and car with the number in its column, RU,
  PL and EN distributors, a Chinese-parts importer's `аналог`, Prom titles, used parts); another index, studs,
  season, size, line generation, C load index, form, volume, gender, scent, 72h line, pack, temperature, gasket,
  housing, kit, number one digit away, copy, used as negatives; tyres_uz and cooling_ua are in the default list
  since they met the target, deodorants_pl is reported only (one wrong auto, an `Axe Black Night` for the `Axe
  Black`; samples/matching/domains_dev36/README.md).
- mototyres_pl_dev39, facecare_kz_dev39, wipers_ua_dev39 (``--sets domains_dev39``): a thirty-ninth development round,
  a PL motorcycle tyre shop (Pirelli Diablo Rosso IV and its Corsa, Angel GT II, Scorpion Trail II, Angel Scooter,
  Michelin Road 6 and Road 6 GT, Power 6, Anakee Adventure, City Grip 2, Metzeler Roadtec 01 SE, Sportec M9 RR,
  Bridgestone Battlax S23 / T32 / T32 GT / AX41, Heidenau K60 Scout TT and TL, Mitas E-07+, Continental
  ContiRoadAttack 4, Dunlop: front and rear sold apart, `przód` / `tył`, `vorne` / `hinten`, `přední` / `zadní`,
  `Front` / `Rear`, scooter sizes, Roman and Arabic line numbers; a PL wholesaler in capitals with the maker's
  article, Allegro titles, a DE, a CZ and an English-writing distributor), a KZ face-care shop named in Russian
  (La Roche-Posay, Vichy, CeraVe, Garnier, Nivea, Librederm, Natura Siberica, COSRX, Beauty of Joseon, Some By
  Mi, Missha, Mediheal: day and night creams, skin types, SPF 15 / 30 / 50+, 15 to 700 ml, minis and samples,
  refills, packs and sets; an Almaty distributor in capitals with its codes, Kaspi titles partly in Kazakh, a RU
  distributor writing the brands in Cyrillic, a Korean-cosmetics importer in English, a pharmacy's short lines) and
  a UA shop of wiper blades, bulbs and fuses (Bosch Aerotwin sets and single blades, Twin, rear blades, Valeo
  Silencio and First, Denso Flat and Standard, Heyner; Philips X-tremeVision Pro150, Vision, WhiteVision Ultra,
  Osram Night Breaker Laser / 200, Cool Blue Intense Next Gen, Truckstar Pro 24 V, Original Line, W5W, P21W,
  Narva; blade fuses standard and mini, a Hella set; a UA wholesaler in capitals with the maker's number, a
  Russian-writing distributor, a PL distributor, Rozetka / Prom titles, an English catalogue, a dealer's short
  lines); another size, axle, variant, sister line, TT / TL, index, scooter rim, volume, day or night, skin type,
  SPF, tint, refill, pack, set, length, frame, base, line of light, voltage, colour temperature, one bulb or two,
  rating, a used tyre, an inner tube or a copy as negatives; wipers_ua is in the default list since it met the
  target, mototyres_pl and facecare_kz are reported only (three and two wrong autos: `Angel GT II A`, `E-07+ Dakar`,
  `ContiRoadAttack 4 GT`; a micellar water for sensitive skin for the one for all skin types, `Hydra Siberica`;
  samples/matching/domains_dev39/README.md).
- wintertyres_ru_dev41, nails_ua_dev41, shocks_pl_dev41 (``--sets domains_dev41``): a forty-first development round,
  a RU winter tyre shop (Nokian Hakkapeliitta 10p and R5 with their SUV lines, Ikon Nordman 8 / RS2, Autograph Ice 9 /
  Snow 3, Michelin X-Ice North 4 and Snow, Continental IceContact 3, VikingContact 7, TS 860 S SSR, Bridgestone Blizzak
  Spike-03 / Ice / LM001 RFT, Pirelli Ice Zero 2 / FR, Scorpion Winter run-flat, Hankook W429 / W616 / W429A, Yokohama
  iG65 / iG60 / G075, Gislaved Nord*Frost 200, Cordiant, Kumho, Toyo, Goodyear, Viatti V-522 studded and studless;
  a wholesaler in capitals with the maker's article, a distributor in the wholesalers' list style, Ozon titles, a
  Kazakh distributor (`шипті` / `шипсіз`), an English-writing exporter (`Stud` / `Non-Stud`, `RFT`, `DOT 2018`), a
  small dealer with brands in Cyrillic), a UA nail shop (OXXI, Kodi, DIS, Saga, F.O.X, Komilfo, Grattol, Siller and
  Canni gel polishes by shade number and ml, cat-eye lines, rubber and plain bases, cover bases by number, no-wipe and
  matt tops, a refill without a brush, a base-and-top set, poly gel, cleaner, oil, primer; a wholesaler in capitals
  with codes, Rozetka titles in Ukrainian, Prom listings in Russian, a salon supplier's short lines, an importer
  writing English, a distributor writing Russian) and a PL shock absorber shop (KYB Excel-G / Premium / Gas-A-Just,
  Monroe Reflex / Original / Van-Magnum, Sachs Super Touring, Bilstein B4 / B6, Boge: front and rear, left and right,
  gas and oil, single shocks and pairs sold as one item, a protection kit, a top mount, a spring, a tailgate strut;
  a PL wholesaler in capitals with the maker's number, Allegro titles, a DE wholesaler (`VA` / `HA`, `links` /
  `rechts`, `Gasdruck` / `Öldruck`), an English distributor, a workshop supplier's short lines, a small dealer);
  another stud version, size, index, generation, SUV or car line, run-flat, old DOT, set, used, tyre on rims, shade
  number or letters, volume, line of the brand, refill, pack, tester, copy, axle, side, gas or oil, number one digit
  away, pair for the single and single for the pair, dismantled or remanufactured part and accessories as negatives;
  all three are in the default list since they met the target (samples/matching/domains_dev41/README.md).
- alternators_ru_dev42, vantyres_de_dev42, bodycare_ua_dev42 (``--sets domains_dev42``): a forty-second development
  round, a RU alternator and starter shop (Bosch, Valeo, Denso, Mitsubishi, Hitachi, Letrika, Prestolite, Mahle,
  Cargo, Delco Remy, КЗАТЭ, ПРАМО, КАТЭК, Прометей, Hyundai/Kia originals and Krauf analogues: 12 V / 24 V
  (14V / 28V), amperes, kW, new beside the `восстановленный` of one number, pulleys, regulators, solenoids,
  bendixes and brushes; a Moscow wholesaler in capitals with the maker's number, marketplace titles, a rebuilder,
  an analogue distributor with OE numbers, an English-writing importer, Avito listings, a warehouse's short lines),
  a DE van tyre shop (Continental VanContact Eco / 4Season / Winter / Camper, Michelin Agilis 3 / CrossClimate /
  Alpin / Camper, Goodyear EfficientGrip Cargo 2 / Vector 4Seasons Cargo / UltraGrip Cargo, Bridgestone Duravis,
  Hankook Vantra, Nokian, Falken, Pirelli Carrier, Semperit, Dębica, Kumho, Vredestein: C sizes, 8PR, M+S /
  3PMSF, DOT years; a German wholesaler with size glued first, a tyre portal, a PL distributor, a UK one,
  Kleinanzeigen listings, short lines) and a UA body care shop (Palmolive Naturals, Dove, Nivea, Fa, Le Petit
  Marseillais, Fresh Juice, The Body Shop, Joko Blend, Mr.Scrubber, Organic Shop, Ziaja, Bielenda, Vaseline:
  scents of one line, ml sizes, refills and doypacks, travel sizes, gift sets; a UA wholesaler in capitals with
  barcodes, Rozetka titles, a Russian-writing distributor, a PL wholesaler, an English importer, Prom sellers,
  short lines); another number, amperage, kW, voltage, condition (remanufactured, used, exchange unit), copy,
  accessory, set, size, index, season, sister line, generation, ply, DOT year, set of four, rim, scent, size,
  refill, travel size, pack and set as negatives; all three are in the default list since they met the target
  (samples/matching/domains_dev42/README.md).
- autoparts_uk_dev43, makeup_uk_dev43, tyres_au_dev43 (``--sets domains_dev43``): a forty-third development round,
  a UK drugstore's make-up and skincare (Maybelline Fit Me Matte + Poreless and Dewy + Smooth by shade number and
  name, Lash Sensational regular and waterproof, Sky High, L'Oréal Paris Infallible 32H and True Match, Rimmel,
  Max Factor, NYX matte and dewy setting sprays, Revolution, Collection, Bourjois, Benefit and Too Faced full size
  and mini, No7 day and night, CeraVe, La Roche-Posay, The Ordinary, Garnier single and duo, Simple: GBP; a
  wholesaler in capitals with EANs, Amazon titles, a Boots-style short line, a US distributor in fl oz and oz, an
  EU distributor in French and German, marketplace sellers with testers, bundles and job lots), a UK motor
  factor (Mintex, TRW, Brembo, Bosch pads and discs front and rear, vented and solid, in pairs; Mann and Bosch
  filters, Bosch Aerotwin wipers, Osram and Philips bulbs singly and twin, Varta, Bosch and Yuasa batteries, TRW
  remanufactured calipers on exchange, an alternator, NGK plugs: a factor's wholesaler naming the kind with the
  number in its column, a motor-factor web feed, Amazon and eBay titles, an OE cross-reference list with copies
  under their own brands, a trade counter's short lines) and an Australian tyre shop (BFGoodrich KO2 and KM3,
  Bridgestone Dueler A/T 001 and 002 beside H/T 684 II and 840, Toyo, Cooper, Maxxis, Yokohama, Hankook, Kumho,
  Falken, Dunlop, Pirelli 4WD tyres in LT sizes with load ranges C and E and ply ratings, passenger and
  performance XL, run-flat, C-type van tyres; a wholesaler writing glued sizes, an online retailer, a 4WD
  specialist, a tyre counter's short lines, marketplace sets, part-worn and accessories, an NZ importer);
  another shade, finish, size, line, generation, axle, pack, set, kit, copy, used and tester as negatives; all
  three are in the default list since they met the target (samples/matching/domains_dev43/README.md).
- tyres_ro_dev35, oralcare_ru_dev35, bearings_kz_dev35 (``--sets domains_dev35``): a thirty-fifth development
  round, a RO tyre shop (Michelin, Continental, Bridgestone, Goodyear, Pirelli, Hankook, Nokian, Falken, Kleber,
  Dębica, Tigar, Kormoran, Barum, Kumho, Yokohama, Toyo: summer, winter and all-season, XL, run-flat, studs,
  sister lines and generations; a Romanian wholesaler in capitals with the maker's article, eMAG titles, a
  Hungarian and a Bulgarian distributor, short English lines, a small dealer's `resapate`, `SH`, `DOT 2018`), a RU
  drugstore's oral care (Colgate, Splat, R.O.C.S., Lacalut, Sensodyne, Parodontax, President pastes by ml and g,
  brushes by bristles, Oral-B heads by two and four, floss, rinses; a distributor in capitals, Ozon and
  Wildberries titles, a distributor writing Ukrainian, an English importer, a pharmacy's short lines) and a KZ
  shop's wheel bearings and hubs in Russian (SKF VKBA, FAG 713, SNR R, Koyo DAC, NTN, GMB, NSK, Trialli with and
  without the ABS ring; a RU wholesaler with glued numbers, a distributor writing Kazakh, a Chinese-parts importer
  in English, marketplace titles, a Polish distributor); another index, XL, run-flat, studs, season, generation,
  old DOT, retread, used, set, volume, flavour, line variant, bristles, pack, kids' version, gift set, copy, axle,
  ABS ring, hub or bearing alone, number one digit away, another maker's part crossed to the item, pair or used
  part as negatives; tyres_ro and bearings_kz are in the default list since they met the target, oralcare_ru is
  reported only (one wrong auto, a Ukrainian `Ультракомплекс` for the catalog's `Biocalcium`,
  samples/matching/domains_dev35/README.md).
- tyres_us_dev40, suncare_uk_dev40, exhaust_ru_dev40 (``--sets domains_dev40``): a fortieth development round, a US
  light-truck and SUV tyre shop in USD (BFGoodrich KO2 / KO3 / KM3 / Trail-Terrain, Falken Wildpeak A/T3W / A/T4W / M/T
  / R/T, Goodyear Wrangler DuraTrac / Workhorse AT, Toyo Open Country, Nitto Grapplers, Cooper Discoverer, Firestone
  Winterforce 2 studdable, General Grabber, Michelin, Yokohama, Hankook, Mickey Thompson: LT and P-metric sizes, load
  ranges and plies, sidewalls RWL / OWL / BSW; a wholesaler writing `LT265/70R17/E` and `P235/75R15XL`, Tire Rack
  style `- Black Sidewall`, a store's `121S 10 Ply`, Amazon and eBay titles, a jobber's glued sizes, a Mexican
  distributor in Spanish, `Letras Blancas`), a UK pharmacy's sun care in GBP (Nivea Sun, Garnier Ambre Solaire, La
  Roche-Posay Anthelios, Hawaiian Tropic, Piz Buin, Soltan, Bondi Sands, Ultrasun, Childs Farm, Banana Boat, Malibu:
  SPF 15 / 30 / 50 / 50+, lotion / spray / stick / fluid / tinted, kids and sensitive lines, travel sizes, twin
  packs; a wholesaler in capitals with EANs, Amazon UK titles, another chain's feed, a pharmacy's short lines, a
  marketplace, a French distributor) and a Russian exhaust parts shop in RUB (EuroEx flex pipes `45x200 Interlock` /
  `Innerbraid`, Stinger, Автоглушитель silencers, resonators and front pipes for VAZ / Lada `8кл` / `16кл`, Эксмаш
  catalysts by Euro class, Polmostrow / Asmet / Bosal parts by number for foreign cars, clamps, gaskets; a wholesaler
  in capitals, an emex-style list, a Polish distributor, a Belarusian supplier in Latin transliteration, a dealer
  writing Belarusian, marketplace titles, short lines); another size, index, load range, sidewall, sister line,
  generation, SPF, form, volume, pack, body, engine, Euro class, number one digit away, another maker, used and
  copies as negatives; all three are in the default list since they met the target
  (samples/matching/domains_dev40/README.md).
- cosmetics_mp_ru_dev44, autoparts_exist_ru_dev44, tyres_kolesa_ru_dev44 (``--sets domains_dev44``): a forty-fourth
  development round in Russian, a cosmetics shop (Garnier, Bioderma, Nivea and Nivea Men, CeraVe, La Roche-Posay,
  Vichy, L'Oreal Paris and Men Expert, Maybelline, Essence, Vivienne Sabo, Max Factor, Rexona Men, Librederm,
  Черный Жемчуг: volumes, shades, day and night, men's lines, a gift set; a distributor in capitals with its codes,
  Ozon and Wildberries titles, a Kazakh reseller, Yandex Market titles, a pharmacy's short lines with the brands in
  Cyrillic), an auto parts shop fed by Exist / Emex style price lists (the kind of part in the name and brand and
  article in their columns, articles with and without spaces, `АНАЛОГ` / `НЕОРИГИНАЛ, КРОСС`, original parts, used
  parts, kits; Ozon titles with the cars, a private seller, a wholesaler's short lines, a Kazakh reseller) and a
  tyre shop (Ikon, Nokian, Michelin, Pirelli, Continental, Yokohama, Hankook, Kumho, Viatti, КАМА, Cordiant,
  Gislaved, Bridgestone, Dunlop, Toyo, BFGoodrich: seasons, studs, XL, RunFlat, C sizes; a wholesaler with the
  size first, Kolesa-Darom and Shinservice lines, a dealer's remainders with DOT years, an English distributor,
  Yandex Market); another volume, shade, line, form, pack, tester, sample, old design, refill, article one digit
  away, side, axle, polarity, analogue, kit part, size, index, generation, SUV version, studs, run-flat, sealant,
  old DOT, used, on rims, set of four or an accessory as negatives; all three are in the default list since they
  met the target (samples/matching/domains_dev44/README.md).
- autobulbs_ru_dev45, dermocosmetics_pl_dev45, tyres_bg_dev45 (``--sets domains_dev45``): a forty-fifth development
  round, a Russian car-lighting shop (Philips, Osram, Narva, Bosch, MTF Light, Koito, Tungsram halogen, xenon and LED
  bulbs: bases, 12V and 24V, powers, brightness lines, colour temperatures, single bulbs, twin boxes and blisters;
  a wholesaler in capitals with the article in its column, Ozon titles, an Emex-style list naming only the bulb, a
  European distributor in English, a Belarusian reseller writing Belarusian, a private seller, short lines), a
  Polish pharmacy's dermocosmetics (La Roche-Posay, Bioderma, CeraVe, Eucerin, Avène, Vichy, Uriage, Ducray: SPF,
  sizes, refills, day and night creams; a wholesaler in capitals with its numbers, Allegro titles, a French and a
  Czech distributor, a pharmacy's short lines, an online shop in English) and a Bulgarian tyre shop (seasons, XL,
  RunFlat, C-type van tyres; a wholesaler with the size first and the maker's article, eMAG titles, a Romanian and a
  Greek distributor in Latin letters, a dealer's remainders by DOT year, private sellers, short lines); another
  base, voltage, power, line, colour temperature, pack of one article, size, SPF, tinted version, refill, duo pack,
  sample, tester, set, index, generation, sister line, run-flat, OE mark, old DOT, set of four, used, on rims,
  copies and accessories as negatives; all three are in the default list since they met the target
  (samples/matching/domains_dev45/README.md).
- cvjoints_kz_dev47, cosmetics_kaspi_kz_dev47, tyres_rs_dev47 (``--sets domains_dev47``): a forty-seventh development
  round, a Kazakh CV joint and drive shaft shop (ТРЯ, SKF, GSP, NTY, Metelli, Lynx, Febi, Trialli, GKN, Löbro,
  Maxgear, Toyota and Hyundai originals: outer and inner joints, left and right, with and without the ABS ring,
  spline counts, boot kits; a wholesaler in capitals with the article in its column, Kaspi titles, Emex lines with
  articles without dashes, a Kazakh reseller, an English-writing Asian distributor, a wholesaler's short lines, a
  private seller), a Kazakh cosmetics shop (CeraVe, La Roche-Posay, Bioderma, Garnier, Nivea and Nivea Men, Rexona
  Men, The Ordinary, COSRX, Some By Mi, Kerastase, Elseve, Head & Shoulders, Victoria's Secret and Bath & Body Works
  body mists and lotions, Maybelline, Vivienne Sabo; a distributor in capitals with EANs, Kaspi and Wildberries
  titles, a Kazakh reseller, an English distributor, a pharmacy's short lines with the brands in Cyrillic) and a
  Serbian tyre shop (Tigar, Sava, Michelin, Continental, Hankook, Goodyear, Pirelli, Bridgestone, Nokian, Kormoran,
  Matador, Debica, Dunlop, Kleber, BFGoodrich, Semperit, Barum, Fulda: letnje / zimske / all season, XL, RunFlat, C
  sizes, M+S / 3PMSF, DOT years; a wholesaler with the size first, a shop writing Cyrillic, Croatian and Slovenian
  distributors in EUR, an English distributor, KupujemProdajem, short lines); another side, ABS ring, article one
  digit away, pair, boot kit, volume, shade, SPF, line, lotion for mist, tester, mini, index, season, generation,
  OE mark, old DOT, used, retreaded, on rims, set of four or an accessory as negatives; all three are in the default
  list since they met the target (samples/matching/domains_dev47/README.md).
- fuelparts_pl_dev48, hairdye_ru_dev48, tyres_fi_dev48 (``--sets domains_dev48``): a forty-eighth development round,
  a Polish fuel-system parts shop (Bosch, VDO, Delphi, Denso, Continental, Pierburg, Magneti Marelli pumps - a
  complete module beside the pump alone -, new and regenerated common-rail injectors and high-pressure pumps sold
  with an exchange deposit, Mann, Filtron, Knecht, Hengst, UFI, Bosch and Delphi fuel filters, rail pressure sensors
  and regulators; numbers with and without spaces and dots; a wholesaler in capitals, Allegro titles, a catalogue
  distributor, a German distributor in EUR, an injector workshop, an English distributor, short lines), a Russian
  professional hair-colour shop (Estel De Luxe / Essex / De Luxe Silver, Kapous and its Hyaluronic Acid line, Matrix
  SoColor and SoColor Sync, Schwarzkopf Igora Royal and Absolutes, Londa: shades written 7/1, 7-1 and 7.1, mixtons,
  oxidants by percent and bottle, bleaching powders; a wholesaler, Ozon and Wildberries titles, a distributor in
  Latin, a salon's short lines, a Kazakh distributor) and a Finnish tyre shop (Nokian, Michelin, Continental, Pirelli,
  Bridgestone, Goodyear, Hankook, Gislaved, Toyo: studded and friction winter tyres, summer, all-season and Central
  European winter tyres, XL, SUV, RunFlat / SSR, C and LT sizes; a Finnish wholesaler and web shop, a Swedish and an
  Estonian distributor, an English one, a marketplace, short lines); another number one digit away, a filter
  without its maker's letter, regenerated for new and new for regenerated, a shade, mixton, line, generation,
  strength or bottle of an oxidant, size, index, studs, run-flat, OE mark, old DOT, used, on rims, set, pack, copy or
  accessory as negatives; all three are in the default list since they met the target
  (samples/matching/domains_dev48/README.md).
- floormats_ua_dev46, lashes_ru_dev46, biketyres_de_dev46 (``--sets domains_dev46``): a forty-sixth development
  round, a UA car floor-mat shop (Stingray, Avto-Gumm, Frogum, Rezaw-Plast, Gumarny Zubri, Norplast, Element, EVAtech,
  Seintex, Petex: mats and boot liners by car, generation and years, body, front only or the set, rubber, EVA,
  textile or polyurethane, the edging's colour, right-hand drive; a wholesaler in Ukrainian capitals with the makers'
  articles, Rozetka, Prom sellers in Russian, a Russian distributor with codes, a Polish distributor, private sellers,
  short lines), a RU shop for lash and brow masters (Lovely, Neicha, Vivienne, Barbara, Enigma trays by curl,
  thickness, length and mix, lines; Sky, Lovely, Vivienne, Enigma glues by line and volume; removers by form;
  Refectocil, Thuya, BrowXenna, Lucas tints and hennas by shade; a wholesaler in capitals with codes, Wildberries and
  Ozon titles, an English distributor, a Kazakh reseller, short lines, private sellers) and a DE bicycle shop
  (Schwalbe, Continental, Maxxis, Vittoria tyres in ETRTO, inch and French sizes, wired and folding, casings and
  compounds, TLE / TR / TLR, reflective and skin walls; tubes by size range, valve and its length; a wholesaler with
  Schwalbe's articles, a web shop, Amazon, an English and a Dutch distributor, Kleinanzeigen, short lines); another
  car generation, body, boot or edging colour, front mats only, sets with the boot liner, another curl, thickness,
  length or line count, glue volume or line, tint shade, another width, rim, casing, compound, bead, wall or valve
  length, pairs and packs, used, opened or expired items and copies as negatives; lashes_ru is in the default list
  since it met the target, floormats_ua and biketyres_de are reported only (samples/matching/domains_dev46/README.md).
- autoparts_ro_dev50, makeup_pl_dev50, tyres_gr_dev50 (``--sets domains_dev50``): a fiftieth development round, a
  Romanian auto-parts shop (Bosch, ATE, TRW, Ferodo pads front and rear, Brembo, Zimmermann and TRW discs, Mann and
  Filtron filters, KYB, Sachs and Bilstein shocks by axle and side, Contitech and Gates timing kits with and without
  the water pump, belts, NGK and Bosch plugs, a Varta battery, a Bosch alternator and starter new; numbers with and
  without spaces, dots and slashes; a wholesaler in capitals without diacritics with the code in its column, eMAG
  titles, a Hungarian and an English distributor, OLX private sellers, short lines, a seller of analogues), a Polish
  drugstore's make-up (Maybelline, L'Oréal Paris, Rimmel, Bourjois, Eveline, Bell, Catrice, Max Factor, NYX, Essence,
  Wibo, Golden Rose, Lancôme: foundations, concealers, mascaras and lipsticks by shade number and name, volumes and
  weights; a wholesaler in capitals with EANs, Allegro titles, an English-writing feed, a Czech distributor, short
  lines, an outlet) and a Greek tyre shop (summer, winter and all-season tyres, XL, RunFlat, C sizes, LT; a Greek
  wholesaler in capitals, Skroutz titles, a Cypriot reseller, Bulgarian and Italian distributors in Latin, private
  sellers, short lines); another number one digit away, another axle, side, line or coating, remanufactured,
  reconditioned or used, an analogue naming the original, another shade, line or waterproof version, tester, mini,
  set, refill, damaged or old packaging, another size, index, generation, OE mark, old DOT, used, retreaded, on rims,
  set of four or an accessory as negatives; all three are in the default list since they met the target
  (samples/matching/domains_dev50/README.md).
- autoparts_cz_dev49, cosmetics_ro_dev49, tyres_it_dev49 (``--sets domains_dev49``): a forty-ninth development
  round, a Czech auto-parts shop (Brembo, TRW, ATE, Textar, Ferodo, Zimmermann pads and discs, front and rear, single
  discs and sets; Mann, Bosch, Mahle, Filtron oil, air, cabin and fuel filters; Bosch and Valeo wiper sets; NGK,
  Bosch, Denso plugs; VW originals beside their replacements; a remanufactured caliper and alternator; a wholesaler
  in capitals with the codes in their column, a Slovak and a German distributor, a classifieds site, short lines, an
  e-shop in CZK), a Romanian drugstore's cosmetics (Nivea, Dove, Garnier, L'Oréal Paris, La Roche-Posay, Vichy,
  CeraVe, Bioderma, Gerovital, Doina, Head & Shoulders, Pantene, Old Spice, Rexona, Gillette, Palmolive, Eucerin:
  volumes, SPF, day and night creams, gift sets, refills, testers, men's lines; a wholesaler in capitals with EANs,
  eMAG titles, a Hungarian distributor, an English one, short lines, a Romanian distributor, in RON) and an Italian
  tyre shop (Michelin, Pirelli, Bridgestone, Continental, Goodyear, Dunlop, Hankook, Nokian, Kumho, Falken,
  Vredestein, Nexen, Toyo, a Marangoni retread: estivo, invernale, 4 stagioni, XL, RunFlat, C sizes; an Italian
  wholesaler in capitals, Amazon.it titles, an Austrian and a Slovenian distributor, a classifieds site with used
  tyres and sets, short lines, an English distributor, in EUR); another number one character away, another axle or
  side, single disc for the set, packs, used, copies, another volume, line, kind, SPF or gift set, another size,
  index, generation, OE mark, old DOT, used, retreaded, on rims and sets as negatives; tyres_it is in the default
  list since it met the target, autoparts_cz and cosmetics_ro are reported only, each with one wrong auto
  (samples/matching/domains_dev49/README.md).
- headlights_ru_dev51, giftsets_pl_dev51, tyres_pt_dev51 (``--sets domains_dev51``): a fifty-first development
  round, a Russian car-lighting shop (DEPO, TYC, Mobis, Lada, VAG, Renault, Nissan, Valeo headlights and tail lights by
  car, generation and years, left and right, with or without the levelling motor, halogen, LED and bi-xenon,
  original and copy, a headlight's glass and housing, a pair; a wholesaler in capitals with the numbers in their
  column, Ozon titles, an OE price list, a Taiwanese maker's English export list, Avito sellers, short lines with a
  one-letter side, a Ukrainian wholesaler, in RUB), a Polish drugstore's gift sets beside the single products
  (Nivea, L'Oréal Paris, Garnier, Dove, Old Spice, Hugo Boss, Calvin Klein, Lancôme, YSL, Ziaja, Rituals,
  Palmolive, Gillette: sets, advent calendars, refills, minis and travel sizes, packs, 2+1, testers, limited and old
  packaging; a wholesaler in capitals, Allegro, an English e-shop, a perfume distributor, short lines, an outlet, in
  PLN) and a Portuguese tyre shop (Verão, Inverno, Todo o Ano, 4 Estações, XL, Run Flat, C, DOT years; a Portuguese
  wholesaler, a Spanish distributor, an English feed, marketplace kits of 2 and 4, private sellers with used,
  semi-new and retreaded tyres, short lines, in EUR); another side, generation, body, light or housing, a copy, a
  pair, glass and accessories, used parts; another size, set, pack, flanker, concentration, refill, tester, calendar;
  another index, line, generation, OE or sealing mark, old DOT, used, retreaded, kits and rims as negatives; all
  three are in the default list since they met the target (samples/matching/domains_dev51/README.md).
- seatcovers_ua_dev52, perfume_kz_dev52, tyres_nl_dev52 (``--sets domains_dev52``): a fifty-second development round,
  a Ukrainian car seat-cover shop (Nika, MW Brothers, Автопілот model covers by car, generation and years, eco-leather
  or fabric, the thread's colour, a rear back split 40/60 or solid, front seats only; Elegant, Prestige and Pilot
  universal sets; Vitol, Elegant and Carlife steering-wheel covers by size; a wholesaler in Ukrainian capitals with
  codes, Rozetka titles, Prom sellers in Russian, a Polish distributor in PLN, OLX private sellers, short lines, a
  seller of copies), a Kazakhstan perfume shop (Dior, Chanel, Armani, YSL, Paco Rabanne, Lancôme, Versace, Hugo Boss,
  Jean Paul Gaultier, Carolina Herrera, Tom Ford, Creed, Kenzo, Dolce & Gabbana, Acqua di Parma: eau de parfum, eau
  de toilette, parfum, elixir and cologne by volume, men's and women's versions of a line, intense and elixir
  flankers, a refill; a wholesaler in capitals writing M and W, Kaspi titles, a Kazakh reseller, a Dubai distributor
  in USD, a decant and sample seller, a seller of copies, short lines) and a Dutch tyre shop (Michelin, Continental,
  Vredestein, Goodyear, Bridgestone, Pirelli, Hankook, Nokian, Falken, Kumho, BFGoodrich, Dunlop, Apollo: zomerbanden,
  winterbanden, vierseizoenenbanden, XL, runflat, C sizes; a Dutch wholesaler with the size glued first, a web shop, a
  Belgian wholesaler in French capitals, a German distributor, Marktplaats private sellers, short lines); another
  car generation or years, body, thread colour, rear back, front seats only, heated, size, copy, used, another
  concentration, volume, flanker, gender, tester, sample, decant, gift set, copy, another size, index, generation,
  season, run-flat, OE mark, old DOT, used, on rims or a set of four as negatives; tyres_nl is in the default list since
  it met the target, seatcovers_ua and perfume_kz are reported only (samples/matching/domains_dev52/README.md).
- motoroil_ru_dev54, babycare_ua_dev54, tyres_md_dev54 (``--sets domains_dev54``): a fifty-fourth development round,
  a Russian motor-oil and fluids shop (Mobil, Shell, Castrol, Liqui Moly, Motul, ZIC, Лукойл, Роснефть, G-Energy, Total,
  Mannol oils by line, viscosity and can, 1 / 4 / 5 l; Toyota, Hyundai/Kia and VAG oils under the carmaker's article;
  Felix, Sintec, Liqui Moly, VAG and Motul coolants by G11 / G12 / G12+ / G12++ / G13, colour, ready-mix or concentrate;
  a brake fluid, ATFs; a wholesaler in capitals with the maker's article in its column, Ozon titles with approvals,
  a Ukrainian importer, an English and German distributor, private sellers, short lines, in RUB), a Ukrainian baby-care
  shop (Mustela, Bepanthen, Sudocrem, Sanosan, Johnson's Baby, Chicco, Weleda, Nivea Baby, Bioderma, Uriage,
  La Roche-Posay, Emolium, Lacalut, Bübchen creams, shampoos, bath foams, oils and toothpastes by volume, age and tube
  or pump; Pampers, Huggies, Smile, WaterWipes wipes by pack count; a gift set; a Ukrainian wholesaler in capitals
  with EANs, Rozetka titles, a distributor writing Russian, an English and Polish importer, private sellers, short
  lines, in UAH) and a Moldovan tyre shop (summer, winter and all-season tyres, XL, RunFlat, C sizes, studded; a
  Romanian distributor in capitals with the maker's code, a Ukrainian wholesaler, 999.md classifieds in Romanian and
  Russian, a retailer and a wholesaler writing Russian, short lines, in MDL); another viscosity, can, barrel, line,
  approval grade, generation, colour, G class, concentrate for ready-mix, a sample, decanted oil, a leftover, a copy,
  a pack; another volume, line, kind, pack count, age, refill, sample, used, expired, a set; another size, index,
  generation, OE mark, old DOT, used, retreaded, on rims, sets of four and accessories as negatives; all three are in
  the default list since they met the target (samples/matching/domains_dev54/README.md).
- wheelhubs_pl_dev53, skincare_hr_dev53, tyres_ua_prom_dev53 (``--sets domains_dev53``): a fifty-third development
  round, a Polish shop of wheel bearings and hubs (SKF VKBA, FAG 713, SNR R, Optimal, Febi Bilstein, Ruville, A.B.S.,
  BTA, Meyle, Timken: bearing kits, hubs with their bearing, repair kits, front and rear, with and without the ABS
  ring or sensor, by car and years; codes with and without spaces; a wholesaler in capitals with the code in its
  column, Allegro titles, a German and an English distributor, short lines, private sellers, an importer of copies
  naming the original), a Croatian drugstore's skin care (Nivea, La Roche-Posay, Vichy, Bioderma, CeraVe, Eucerin,
  Garnier, L'Oréal Paris, Avène, Neutrogena, Nuxe, Afrodita: day and night creams, serums, cleansers and micellar
  waters, SPF 15 / 30 / 50+, sizes, for dry or for normal and combination skin, gift sets; a wholesaler in capitals
  without diacritics, a Serbian distributor in Latin and Cyrillic, a Slovenian one, an English feed, a web shop,
  short lines, private sellers, in EUR) and a Ukrainian marketplace tyre seller (summer, winter and all-season
  tyres, studded, studdable and friction, XL, C sizes; a Ukrainian wholesaler writing the origin and year, Prom
  titles in Russian, Rozetka titles, used and retreaded tyres, short lines, a Polish importer, in UAH); a code one
  digit away, the other axle, the hub without its ABS ring, pairs, used, remanufactured, copies and accessories,
  another size, SPF, form or version letters of a line, testers, minis, sets, refills, short-dated items, another
  index, generation or sister line, studs, old stock, sets of four, used, retreaded and wheels as negatives; all
  three are in the default list since they met the target (samples/matching/domains_dev53/README.md).
- suspension_kz_dev56, perfume_ua_dev56, tyres_ua_wholesale_dev56 (``--sets domains_dev56``): a fifty-sixth development
  round, a Kazakhstan suspension-parts shop (CTR, 555, GMB and Hyundai/Kia, Chery, Haval original ball joints, stabiliser
  links, tie-rod ends, control arms and silent blocks by car, years, axle, side, upper / lower; an Almaty wholesaler in
  capitals with the code in its column, Kaspi titles, a seller writing Kazakh, a Korean exporter in English, a parts
  portal's short lines, a Chinese-car importer, private sellers, in KZT), a Ukrainian perfume shop (eau de toilette and
  eau de parfum, parfum and elixir flankers, 30 to 300 ml, testers, a miniature, a refill, a gift set; a wholesaler in
  capitals, Rozetka titles, a distributor writing Russian, an English distributor, private sellers, a short list
  writing the bare millilitres and M / W, in UAH) and a Ukrainian tyre shop with its wholesaler and resellers (summer,
  winter, all-season, studded and studdable, XL, RunFlat, C sizes, year and country of make, Rosava, Belshina and
  Premiorri beside European makers; the wholesaler's capitals with the maker's article, a reseller writing Russian,
  marketplace titles, glued-size short lines, a Polish distributor, a Rosava dealer, in UAH); another code one digit
  away, side, axle, upper for lower, generation, a pair, a pack, a copy, a used part, another maker's part for the car
  maker's own; another volume, concentration, flanker, gender, tester, sample, decant, refill, replica, leftover, gift
  set; another size, index, generation, studs, old DOT, used, retreaded, on rims, sets of four and accessories as
  negatives; all three are in the default list since they met the target (samples/matching/domains_dev56/README.md).
- brakes_ru_dev55, skincare_wb_ru_dev55, tyres_4x4_ru_dev55 (``--sets domains_dev55``): a fifty-fifth development
  round, a Russian brake-parts shop (Brembo, TRW, Bosch, Textar, ATE, Ferodo, Sangsin, Akebono, Jurid, Trialli, ТИИР,
  Zimmermann pads and discs by axle, wear sensor, ceramic, vented; the carmakers' own Hyundai/Kia, Toyota, VAG, Renault
  and АвтоВАЗ numbers; a disc sold one by one beside its pair; an Exist / Emex price list with the article in its
  column, a wholesaler in capitals, marketplace titles with cross-references, private sellers, an importer writing
  English, short lines), a Russian Wildberries skin-care seller (COSRX, Some By Mi, Beauty of Joseon, Round Lab, Anua,
  Skin1004, Purito, Medi-Peel, Holika Holika, Missha, Mizon, Dr.Jart+, Innisfree, La Roche-Posay, Vichy, CeraVe,
  Librederm, Чистая линия, Garnier, L'Oreal Paris, Nivea, Mediheal, Elizavecca: creams, serums, toners, essences,
  masks by volume, SPF, day or night, skin type, sets; Wildberries titles, a wholesaler in capitals with barcodes, an
  importer writing English, Ozon titles, a seller of testers and samples, short lines) and a Russian off-road tyre
  shop (BFGoodrich, Cooper, General, Toyo, Yokohama, Nitto, Maxxis, Kumho, Hankook, Goodyear, Federal, Roadcruza,
  Comforser, Sailun, Kapsen, Triangle, Cordiant, Mickey Thompson: LT and flotation sizes, A/T, M/T, H/T, load range and
  ply rating, RWL / OWL / BSW; a wholesaler in capitals with the maker's article, a distributor of Chinese tyres, an
  importer writing American lines, marketplace titles, private sellers, short lines), all in RUB; another article
  letter, axle, car, generation, a pair, a box, a copy, used; another volume, line, day or night, skin type, set,
  tester, sample, copy, opened; another size, load range, ply rating, sidewall, tread, generation, sets of four, used,
  on rims and accessories as negatives; all three are in the default list since they met the target
  (samples/matching/domains_dev55/README.md).
- bodyparts_ua_dev58, makeup_kz_dev58, tyres_pl_allegro_dev58 (``--sets domains_dev58``): a fifty-eighth development
  round, a Ukrainian car body-parts shop (FPS, Polcar, TYC and Signeda bumpers, fenders, mirrors, grilles, a mirror glass
  and a mirror cap beside Toyota and Skoda originals, by car, generation and years, left / right, front / rear, primed
  or painted, with or without holes for parking sensors or headlamp washers, heated or not; a wholesaler in Ukrainian
  capitals with the code in its column, a Polish distributor, Prom titles, a Russian-writing wholesaler, short lines,
  OLX used parts, a dealer's original numbers), a Kazakhstan make-up shop (Maybelline, L'Oreal, Estee Lauder, Dior,
  Bourjois, Luxvisage, Essence, Vivienne Sabo, Max Factor, Lancome, MAC, NYX, Catrice foundations, powders, mascaras,
  lipsticks, liners, pencils and concealers by shade; Kaspi titles, a wholesaler's capitals with barcodes, a shop
  writing Kazakh, a Dubai distributor in English, Wildberries titles, a seller of testers, samples and minis) and a
  Polish Allegro tyre shop (letnie, zimowe, całoroczne, dostawcze C sizes, XL, run-flat; Allegro titles with DOT years
  and sets of 2 and 4, a wholesaler with the size first, a German distributor, short glued-size lines, used and
  retreaded tyres), in UAH, KZT and PLN; another side, axle, generation, trim line, body, holes, heating, pins, colour,
  maker's copy or original, glass or cap, used; another shade, line, waterproof, powder for foundation, tester, mini,
  set, copy; another size, index, generation, run-flat, OE mark, set, used, retread, rim as negatives; makeup_kz and
  tyres_pl_allegro are in the default list since they met the target, bodyparts_ua is reported only (a mirror with
  nine pins found by the car's years read as a model code; samples/matching/domains_dev58/README.md).
- autoparts_ozon_ru_dev57, haircare_pl_dev57, tyres_en_wholesale_dev57 (``--sets domains_dev57``): a fifty-seventh
  development round, a Russian marketplace auto-parts seller (MANN-FILTER, Bosch, Filtron, Sakura, TRW, Brembo,
  Ferodo, Sangsin, NGK, Denso, Philips, Osram, Gates, KYB, VARTA, ZIC, Mobil, Лукойл, Sintec and the carmakers' own
  Hyundai/Kia and Toyota numbers: filters, pads, discs, plugs, bulbs, wipers, oils, belts, batteries; long Ozon titles
  listing the cars, Wildberries titles with the cars in Russian, a wholesaler in capitals with the number in its
  column, an Exist-style list, an importer writing English, private sellers, short lines; RUB), a Polish drugstore's
  hair care (Garnier, L'Oréal Paris, Pantene, Head & Shoulders, Gliss, Syoss, Dove, Nivea Men, Joanna, Ziaja, Biovax,
  Anwen, Isana, Alterra, Cantu, Kérastase, Olaplex, Redken, L'Oréal Professionnel, Wella, Tresemmé, Schauma:
  shampoos, conditioners, masks, oils by volume, hair, refills, duo sets, minis, men's lines; a wholesaler in
  capitals, Allegro titles, an online perfumery in English, UK names, a Czech distributor, the chain's feed, a salon
  distributor's short lines, a chain feed; PLN) and a UK/Irish tyre wholesaler (Michelin, Continental, Bridgestone,
  Goodyear, Pirelli, Dunlop, Uniroyal, Toyo, Yokohama, Falken, Hankook, Kumho, Nexen, Linglong, Landsail, Sailun,
  Davanti, Vredestein, BFGoodrich, General: compact size codes, runflat RFT / ZP / SSR / ROF, XL, van C sizes, EU
  label letters, part-worn with tread depth, DOT years, sets; GBP and EUR); another number, line, axle, side,
  polarity, pack, a copy, used; another volume, kind, variant, refill, mini, decant, set; another index, generation,
  runflat or not, OE mark, part-worn, sets, wheels and accessories as negatives; all three are in the default list
  since they met the target (samples/matching/domains_dev57/README.md).
- timingkits_ru_dev60, kbeauty_ua_dev60, trucktyres_pl_dev60 (``--sets domains_dev60``): a sixtieth development
  round, a Russian timing-and-drive parts shop (Gates, ContiTech, INA, SKF, Dayco, Febi, iwis, Hepu and the carmakers'
  own Renault, VAG and Hyundai/Kia numbers: timing belt kits with and without the water pump, belts alone, chains and
  chain kits, tensioners, idlers, accessory belts by rib count and length, a Micro-V kit, water pumps; a wholesaler in
  capitals with the number in its column, Ozon titles listing the cars, a Ukrainian supplier, an Exist-style list, a
  distributor writing English, private sellers, short lines; RUB), a Ukrainian Korean-cosmetics shop (COSRX, Some By
  Mi, Missha, Isntree, Beauty of Joseon, Mediheal, Round Lab, Anua, Skin1004: toners, essences, serums, creams, sheet
  masks single and in tens, sunscreens SPF50+, BB creams by shade; a wholesaler in Ukrainian capitals, Rozetka titles,
  Prom titles in Russian, an English distributor, a Polish distributor, private sellers, short lines; UAH) and a
  Polish truck and bus tyre shop (Michelin, Continental, Bridgestone, Goodyear, Pirelli, Hankook, Kormoran, Matador,
  Sailun, Firestone, Bandag: 315/80R22.5, 315/70R22.5, 385/65R22.5, 385/55R22.5, 295/60R22.5, 275/70R22.5 by axle,
  steer / drive / trailer / bus, load index pairs, M+S and 3PMSF, retreads; a wholesaler with the size first, Allegro
  titles, a German distributor, an English distributor, short glued-size lines, a retreader and used tyres; PLN);
  another kit with or without the pump, composition, number, rib count or length, maker of one belt number, pack,
  tool, used, copy; another volume, line, shade, pack of masks, set, refill, tester, decant, copy, used; another axle
  of the line, size, index, generation, retread or new, used, pair or set, chains and a rim as negatives; all three
  are in the default list since they met the target (samples/matching/domains_dev60/README.md).
- carcare_ru_dev61, cosmetics_ozon_ru_dev61, tyres_kolesa_kz_dev61 (``--sets domains_dev61``): a sixty-first
  development round, a Russian car-care and auto-chemicals shop (Grass, Sintec / Dr.Active, Felix, Lukoil, Liqui Moly,
  Hi-Gear: shampoos for contactless wash by can, waxes, polishes by scent, antifreeze G11 / G12 / G12+ / KFS 12++ /
  KFS 13 by colour, concentrate or ready mix and can, winter washer fluid by temperature, brake fluid DOT 4 / DOT 5.1,
  cleaners; a wholesaler in capitals with its article, Ozon titles, a Kazakh distributor writing Kazakh, a Liqui Moly
  importer writing German, a dealer's short lines, Wildberries titles; RUB), an Ozon-style Russian cosmetics shop
  (Nivea, La Roche-Posay, CeraVe, Garnier, Librederm, Head & Shoulders, Pantene, Elseve, Kérastase, Maybelline, L'Oréal,
  Max Factor, Essence and perfume waters and toilet waters of Lanvin, Chanel, Dior, Zielinski & Rozen, Lacoste,
  Armani, Kenzo: long titles with keywords and 'оригинал', sets '2 шт' and 'набор', shade numbers, testers, samples,
  decants, 'по мотивам' copies; the brand store's and a reseller's Ozon titles, a distributor's short lines,
  Wildberries, a Kaspi seller writing Kazakh, a perfume distributor's capitals; RUB) and a Kazakhstan tyre shop (Hankook,
  Ikon, Triangle, Sailun, Linglong, Kapsen, Кама, Michelin, Pirelli, Continental, Bridgestone, Yokohama, Toyo,
  Cordiant: studded 'шип' and friction 'липучка' / 'нешип', kolesa.kz ads with sets, used tyres and their tread left,
  a wholesaler with the size first and the maker's article, Kaspi titles, a dealer writing Kazakh 'шипті' / 'шипсіз',
  an importer of Chinese brands in English, the Nizhnekamsk plant's dealer, short lines; KZT); another can, colour,
  G class, concentrate for ready mix, temperature, DOT class, scent, pack; another volume, shade, line, day or night,
  concentration, flanker, tester, sample, set, copy; another size, index, generation, studs, sets of four, used,
  on rims and accessories as negatives; all three are in the default list since they met the target
  (samples/matching/domains_dev61/README.md).
- autoglass_ua_dev59, perfume_pl_notino_dev59, tyres_es_dev59 (``--sets domains_dev59``): a fifty-ninth development
  round, a Ukrainian car-glass shop (XYG, Benson, Fuyao, Pilkington, AGC and Saint-Gobain windscreens, rear and side
  glass by car, generation and years with the Eurocode, with or without the rain-sensor bracket, heating, camera, HUD,
  acoustic layer, band; a Toyota original beside the copy; mouldings, glue and a glue kit; a wholesaler in Ukrainian
  capitals with the Eurocode in its column, a Polish distributor, Prom titles, a Russian-writing wholesaler, short
  lines, OLX used glass, a dealer's original numbers; UAH), a Polish perfumery (Notino / Douglas titles: EDT, EDP,
  parfum, elixir by volume, flankers, men's and women's versions of one line, refills, sets, testers, decants,
  minis; a wholesaler with EANs, Douglas titles, Allegro, a German distributor, an English importer, short lines;
  PLN) and a Spanish tyre shop (summer, winter and todo tiempo, XL, van C sizes, runflat SSR / RFT / ZP, OE marks MO
  / AO / *, retreads, used, pairs and sets; a wholesaler with glued sizes, e-shop titles, a Portuguese distributor,
  an English exporter, Wallapop, short lines, a fitter's packs; EUR); another maker of one Eurocode, sensor,
  heating, HUD, generation, sister car, side, body; another concentration, volume, flanker, gender, tester, refill,
  decant, set, copy; another index, generation, runflat, OE mark, retread, used, sets as negatives; all three are in
  the default list since they met the target (samples/matching/domains_dev59/README.md).
- gaskets_ru_dev62, makeup_ua_rozetka_dev62, tyres_de_ebay_dev62 (``--sets domains_dev62``): a sixty-second development
  round, a Russian engine-gaskets and seals shop (Elring, Victor Reinz, Corteco, Ajusa and Hyundai/Kia and Toyota
  originals: head gaskets by thickness and notches, valve cover gaskets, oil seals by size, full gasket sets beside
  top sets, sealant, head bolts, for VW 1.9 TDI, Renault K9K, ВАЗ 2112, Ford Duratec, Toyota ZZ, BMW N47, OM651,
  G4FC; a wholesaler in capitals with the number in its column, an Exist-style list, Ozon titles, a Ukrainian
  distributor, a German importer, short lines; RUB), a Ukrainian Rozetka make-up shop (Maybelline, Bourjois,
  Essence, Max Factor, NYX, Makeup Revolution, Catrice, Vivienne Sabo, L'Oreal Paris, Missha, Artdeco: powders,
  blushes, palettes, brow pencils, glosses, mascaras, foundations by shade; a wholesaler's Russian capitals, Rozetka
  titles, Prom titles in Russian, an English importer, a tester seller, makeup.com.ua titles; UAH) and a German
  eBay tyre shop (Sommer-, Winter-, Ganzjahresreifen, XL, runflat SSR / RFT / ROF, Kompletträder; a wholesaler with
  the size glued first, eBay titles with 1x / 2x / 4x, DOT and Profiltiefe, Allegro titles in Polish, an EU B2B
  feed in English, short lines, Amazon titles; EUR); another number, thickness, notch, engine, size, set, pack, a
  copy; another shade, line, measure, waterproof, tester, mini, refill, case, set; another index, generation, sister
  line, runflat, OE mark, pair or set, used, retreaded, rims and accessories as negatives; all three are in the
  default list since they met the target (samples/matching/domains_dev62/README.md).
- bulbs_pl_dev63, sunscreen_ua_dev63, tyres_used_ua_dev63 (``--sets domains_dev63``): a sixty-third development
  round, a Polish car-lighting shop (Osram Night Breaker Laser +150% and Night Breaker 200 +200%, Philips
  X-tremeVision Pro150, Truckstar Pro, LED retrofits, Xenarc and Xenon Vision burners, W5W and P21W; single bulb,
  DUO box and blister; H7 / H4 / H1 / H11 / HB4 / D1S / D2S, 12V and 24V, 55W and 100W; a wholesaler in capitals
  with the code in its column, Allegro titles, a German distributor, an English distributor, Inter Cars lines,
  short lines; PLN), a Ukrainian sun-care shop (La Roche-Posay Anthelios, Bioderma Photoderm, Vichy Capital Soleil,
  Garnier Ambre Solaire, Nivea Sun, Avene, Uriage: SPF 30 / 50 / 50+, fluid, cream, milk, spray, stick, kids,
  tinted; a wholesaler's Russian capitals, Rozetka titles, Prom titles in Russian, an English importer, a tester
  and travel-size seller, a pharmacy distributor's short lines; UAH) and a Ukrainian dealer of new tyres whose
  suppliers mix used ones (OLX ads with 'б/в', 'б/у', 'залишок 6мм', 'протектор 5 мм', 'шипи 90%', 'як нові',
  pairs and sets of four, DOT years; a wholesaler with the size first, Prom titles, a Russian-language list,
  short lines; UAH); another pack, line, base, voltage, power, LED for halogen, copy, used burner; another SPF,
  volume, form, kids, tint, line, tester, sample, mini, set; used tyres in every spelling, pairs and sets, rims,
  a retread, another generation, index, studs or sister line as negatives; all three are in the default list
  since they met the target (samples/matching/domains_dev63/README.md).
- clutchkits_ru_dev64, beardcare_pl_dev64, agrityres_ro_dev64 (``--sets domains_dev64``): a sixty-fourth development
  round, a Russian clutch shop (Sachs, LuK, Valeo, Exedy: three-piece kits beside two-piece ones, kits with the
  hydraulic release bearing (CSC) beside those without, dual-mass flywheels, RepSet DMF and solid-flywheel conversion
  kits, discs, pressure plates and release bearings, by car and engine; a wholesaler in capitals with the number in
  its column, an Exist-style list, Ozon titles, a Kazakh distributor, a German importer, short lines, Avito; RUB), a
  Polish men's grooming shop (Proraso, Reuzel, Beardburys, Mr Bear Family, Pan Drwal, Barbers, Captain Fawcett: beard
  oils, balms, waxes, pomades by hold and scent, unscented 'bezzapachowy', 30 / 50 / 60 ml, gift sets; a wholesaler
  with EANs, Allegro, an English importer, a German distributor, a barber supplier's short lines, a Polish e-shop;
  PLN) and a Romanian agricultural tyre shop (BKT, Mitas, Taurus, Alliance, Petlas: radial sizes with their index
  pairs, bias sizes with ply ratings, IF / VF, TL / TT, implement tyres; a wholesaler with the size first, a
  Hungarian distributor, an English exporter, OLX, eMAG, short lines with the size glued; RON); another number,
  engine, car, two-piece for three-piece, CSC, flywheel, reconditioned, pack, copy, original; another scent, hold,
  size, form, tester, refill, sample, pack, set; another size, index, ply rating, flexion mark, pattern, tube,
  retread, used, pair, wheel and accessories as negatives. The grooming and the tyre shops are in the default list
  since they met the target; the clutch shop stays reported only: one wrong auto left, a 'reinforced' (усиленное)
  kit of the item's own number (samples/matching/domains_dev64/README.md).
- radiators_kz_dev65, haircolor_ua_dev65, tyres_az_dev65 (``--sets domains_dev65``): a sixty-fifth development
  round, a Kazakhstan engine-cooling shop (Nissens, NRF, Luzar, AVA: radiators for the manual and the automatic
  gearbox, with and without air conditioning, brazed and assembled, AC condensers, heater cores of aluminium and
  copper, electric fans, a heater motor, an intercooler, an ATF cooler, by car and years; a wholesaler in capitals
  with the number in its column, Kaspi titles, Kazakh lines, a Russian distributor's brand-article lines, a seller
  of copies, a European distributor in English, short lines; KZT), a Ukrainian hair-colour shop (Estel De Luxe /
  Sense / Essex, Matrix SoColor and Sync, L'Oreal Majirel / Cool Cover / Inoa / Dia Light, Wella Koleston Perfect
  ME+ / Color Touch / Welloxon / Blondor, Igora Royal: shades written 7/1, 7.1, 7-1, 7,1, oxidants 1.5-12 % in 60 and
  1000 ml, bleaching powders, toners; a wholesaler's Russian capitals, Rozetka titles, Prom titles in Russian, an
  English importer, short lines, a salon seller's packs; UAH) and an Azerbaijani tyre shop (yay / qış, şipli /
  şipsiz, XL, runflat, Petlas, Lassa, Starmaxx, Triangle, Sailun beside Michelin, Continental, Nokian; a wholesaler
  with the size glued first, Tap.az titles, a Russian distributor, a Turkish importer, an English B2B feed, short
  lines; AZN); another gearbox, air conditioning, assembly, generation, number, copy, used, set; another shade,
  line, strength, can, weight, pack, tester; another index, generation, sister line, studs, runflat, used, sets of
  four, rims and chains as negatives; all three are in the default list since they met the target
  (samples/matching/domains_dev65/README.md).
- turbos_ua_dev66, perfume_tr_dev66, tyres_uz_wholesale_dev66 (``--sets domains_dev66``): a sixty-sixth development
  round, a Ukrainian turbocharger shop (Garrett, BorgWarner, Mitsubishi and IHI turbochargers new and remanufactured
  ('відновлена', 'восстановленный', 'Reman') by their numbers (753420-5005S, 54399880022, 49173-07508) and OEM
  crosses, cartridges (CHRA), repair kits, gasket kits, actuators, a boost sensor, by engine; a wholesaler's Ukrainian
  capitals with the number in its column, Prom titles, a Russian-writing distributor, an English importer, OLX used
  turbos, a cartridge distributor with JRONE and Melett copies, short lines; UAH), a Turkish perfumery ('Erkek
  Parfüm EDT 100 ml', 'Kadın', EDT, EDP, parfum, elixir, flankers, testers 'test ürünü', gift sets 'hediye seti',
  minis, decants, 'muadil' copies; a wholesaler with barcodes, Trendyol and Hepsiburada titles, a Russian
  distributor, a Dubai exporter, a copies seller, short lines; TRY) and an Uzbek tyre wholesaler (summer 'yozgi',
  winter 'qishki', studded 'shipli' and friction 'shipsiz', Latin and Cyrillic Uzbek, Chinese brands, truck tyres by
  axle, light-truck C sizes; a wholesaler with the size glued first and the maker's code in its column, a Russian
  distributor, a Cyrillic Uzbek dealer, Uzum titles, OLX used tyres and sets, a Chinese exporter, short lines; UZS);
  another number of the family, engine, power, reman for new, cartridge, kit, copy, used; another concentration,
  volume, flanker, gender, tester, set, decant, copy; another size, index, line, studs, axle, set, used and accessories
  as negatives; the perfumery and the tyre wholesaler are in the default list since they met the target, the
  turbocharger shop is reported only (precision 0.9821, coverage 0.5446: samples/matching/domains_dev66/README.md).
- speed: the same generator at N catalog items x N offers (default 100,000).

Targets: auto precision >= 0.99 and coverage >= 0.75 (the issue's target, which
tests/test_match_electronics.py holds the engine to) on siblings, electronics, retail_en and
holdout_en; no wrong auto match (precision 1.0) and coverage >= 0.6 on the domain sets; on speed precision >= 0.98, coverage >= 0.90 and, at the default size, at most
60 s, the issue's target (48.5-55 s recorded on 2 cores). prosept, amazon_google and walmart_amazon are reported
only: their pair lists leave out true pairs. Exits 1 outside a target, 2 when a named set's
data (../shared/data/matching) is not there.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
import zlib
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "matching"
# set -> (auto precision, coverage); the speed set also has SPEED_SECONDS at the default size
TARGETS = {name: (0.99, 0.75) for name in ("siblings", "electronics", "retail_en", "holdout_en")}
TARGETS["speed"] = (0.98, 0.90)
# The domain sets: every folder of samples/matching/domains_<part> (dev, holdout, dev2, dev3).
DOMAINS = {p.name[len("domains_"):]: sorted(d.name for d in p.iterdir() if d.is_dir())
           for p in sorted((REPO / "samples" / "matching").glob("domains_*")) if p.is_dir()}
TARGETS.update({f"{d}_{part}": (1.0, 0.6) for part, names in DOMAINS.items() for d in names})
SPEED_SIZE, SPEED_SECONDS = 100_000, 60
sys.path.insert(0, str(REPO))


def _sample_module(stem: str):
    spec = importlib.util.spec_from_file_location(stem, REPO / "samples" / "matching" / f"{stem}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _siblings_module():
    return _sample_module("siblings")


def _offers(pd, **cols):
    n = len(next(iter(cols.values())))
    base = {c: [""] * n for c in ("supplier", "supplier_sku", "name", "brand", "category", "ean", "mpn", "cost",
                                  "currency", "msrp", "stock_raw", "source_file", "source_sheet")}
    base.update({k: list(v) for k, v in cols.items()})
    df = pd.DataFrame(base)
    df["stock"] = 0
    df["source_row"] = range(2, n + 2)
    return df


# The alternative names of the Prosept catalog export (marketplace and accounting names).
PROSEPT_ALTERNATIVES = ("ozon_name", "name_1c", "wb_name")
SPLITS = ("all", "dev", "test")
# The sets read from ../shared/data/matching.
SHARED_SETS = ("prosept", "prosept_one_name", "amazon_google", "amazon_google_flipped", "walmart_amazon")


def dealer_half(dealer_id: str) -> str:
    """Which half of the dealers an offer's dealer is in: fixed by a hash of its id, not
    chosen by looking at the offers."""
    return "dev" if zlib.crc32(f"dealer {str(dealer_id).strip()}".encode()) % 2 == 0 else "test"


def expand_sets(spec: str) -> list[str]:
    """The comma-separated set names, a development round (``domains_dev7``) standing for its
    sets (``tyres_kz_dev7``, ``tyres_en_dev7``)."""
    return [s for name in spec.split(",")
            for s in ([f"{d}_{name[len('domains_'):]}" for d in DOMAINS.get(name[len('domains_'):], ())]
                      if name.startswith("domains_") else [name])]


def offer_half(offer_id: str) -> str:
    """Which half an offer of a one-supplier set is in: fixed by a hash of its id, not chosen
    by looking at the offers."""
    return "dev" if zlib.crc32(f"offer {str(offer_id).strip()}".encode()) % 2 == 0 else "test"


def one_half(loaded, split: str, by: str = "supplier"):
    """The offers (and their truth) of one half: of the suppliers (``by="supplier"``, the
    Prosept dealers) or of the offers themselves (``by="supplier_sku"``, a one-supplier
    feed); ``all`` keeps every offer."""
    offers, catalog, truth = loaded
    if split == "all":
        return loaded
    half = dealer_half if by == "supplier" else offer_half
    keep = [i for i, d in enumerate(offers[by].tolist()) if half(d) == split]
    return offers.iloc[keep].reset_index(drop=True), catalog, [truth[i] for i in keep]


def load_prosept_one_name():
    offers, catalog, truth = load_prosept()
    return offers, catalog.drop(columns=[c for c in PROSEPT_ALTERNATIVES if c in catalog.columns]), truth


def load_prosept():
    import pandas as pd

    from pricesync.catalog import load_catalog

    root = DATA / "prosept"
    catalog, _ = load_catalog(root / "catalog.csv")
    raw = pd.read_csv(root / "offers.csv", sep=";", dtype=str, keep_default_na=False)
    truth = pd.read_csv(root / "truth.csv", sep=";", dtype=str, keep_default_na=False)
    pairs = {(k, d): p for k, d, p in zip(truth["key"], truth["dealer_id"], truth["product_id"])}
    offers = _offers(pd, supplier=raw["dealer_id"], supplier_sku=raw["product_key"], name=raw["product_name"],
                     cost=raw["price"], currency=["RUB"] * len(raw))
    right = [{pairs[(k, d)]} if (k, d) in pairs else set() for k, d in zip(raw["product_key"], raw["dealer_id"])]
    return offers, catalog, right


def load_amazon_google(flip: bool = False):
    import pandas as pd

    root = DATA / "amazon_google"
    amazon = pd.read_csv(root / "Amazon.csv", encoding="latin-1", dtype=str, keep_default_na=False)
    google = pd.read_csv(root / "GoogleProducts.csv", encoding="latin-1", dtype=str, keep_default_na=False)
    mapping = pd.read_csv(root / "mapping.csv", encoding="latin-1", dtype=str)
    amazon = amazon.rename(columns={"title": "name"})
    cat_src, off_src = (google, amazon) if flip else (amazon, google)
    catalog = pd.DataFrame({"sku": cat_src["id"], "name": cat_src["name"], "brand": cat_src["manufacturer"],
                            "category": "", "ean": "", "price": cat_src["price"], "stock": 0})
    offers = _offers(pd, supplier=["shop"] * len(off_src), supplier_sku=off_src["id"], name=off_src["name"],
                     brand=off_src["manufacturer"], cost=off_src["price"], currency=["USD"] * len(off_src))
    pairs: dict[str, set[str]] = {}
    for a, g in zip(mapping["idAmazon"], mapping["idGoogleBase"]):
        pairs.setdefault(a if flip else g, set()).add(g if flip else a)
    return offers, catalog, [pairs.get(x, set()) for x in offers["supplier_sku"]]


def load_walmart_amazon():
    """Walmart offers (lower-cased titles, brand, modelno, price) against an Amazon catalog;
    every offer has its true record (truth.csv)."""
    import pandas as pd

    root = DATA / "walmart_amazon"
    cat = pd.read_csv(root / "catalog.csv", dtype=str, keep_default_na=False)
    off = pd.read_csv(root / "offers.csv", dtype=str, keep_default_na=False)
    truth = pd.read_csv(root / "truth.csv", dtype=str, keep_default_na=False)
    catalog = pd.DataFrame({"sku": cat["id"], "name": cat["title"], "brand": cat["brand"], "mpn": cat["modelno"],
                            "category": cat["category"], "ean": "", "price": cat["price"], "stock": 0})
    offers = _offers(pd, supplier=["walmart"] * len(off), supplier_sku=off["id"], name=off["title"],
                     brand=off["brand"], mpn=off["modelno"], cost=off["price"], currency=["USD"] * len(off))
    pairs: dict[str, set[str]] = {}
    for o, c in zip(truth["offer_id"], truth["catalog_id"]):
        pairs.setdefault(o, set()).add(c)
    return offers, catalog, [pairs.get(x, set()) for x in offers["supplier_sku"]]


def load_siblings(families: int = 400, seed: int = 2024):
    import pandas as pd

    catalog_rows, offer_rows, truth_rows = _siblings_module().generate(families, seed=seed)
    catalog = pd.DataFrame(catalog_rows)
    offers = pd.DataFrame(offer_rows)
    return offers, catalog, [{t["catalog_sku"]} if t["catalog_sku"] else set() for t in truth_rows]


def load_electronics(families: int = 500, seed: int = 4242):
    import pandas as pd

    catalog_rows, offer_rows, truth_rows = _sample_module("electronics").generate(families, seed=seed)
    return (pd.DataFrame(offer_rows), pd.DataFrame(catalog_rows),
            [{t["catalog_sku"]} if t["catalog_sku"] else set() for t in truth_rows])


def load_hand_written(folder: str):
    """A hand-written set in samples/matching/<folder>: catalog.csv, offers.csv, truth.csv."""
    import pandas as pd

    from pricesync.catalog import load_catalog
    from pricesync.money import to_decimal

    root = REPO / "samples" / "matching" / folder
    catalog, _ = load_catalog(root / "catalog.csv")
    raw = pd.read_csv(root / "offers.csv", dtype=str, keep_default_na=False)
    truth = pd.read_csv(root / "truth.csv", dtype=str, keep_default_na=False)
    pairs = {(s, k): c for s, k, c in zip(truth["supplier"], truth["supplier_sku"], truth["catalog_sku"])}
    offers = _offers(pd, supplier=raw["supplier"], supplier_sku=raw["supplier_sku"], name=raw["name"],
                     brand=raw["brand"], mpn=raw["mpn"], cost=[to_decimal(c) for c in raw["cost"]],
                     currency=raw["currency"])
    right = [{pairs[(s, k)]} if pairs.get((s, k)) else set() for s, k in zip(raw["supplier"], raw["supplier_sku"])]
    return offers, catalog, right


LISTS = REPO.parent / "shared" / "data" / "lists"
# Two real Russian tyre wholesalers' lists of one week (../shared/data/lists): Kolobox's (Latin brands,
# "Nokian 215/45R17 91T Nordman 7 (XL)") is the shop's catalog, Dakar's car-tyre sheet (Cyrillic brands,
# its own shorthand: "Нордман  215/45/17  T 91 NORDMAN 7 XL", "HKPL", "DMV2") the supplier's offers. Both
# carry the maker's article (Kolobox "Артикул", Dakar "Код_произв"): equal articles are the true pairs, the
# labels no one here wrote. Only names and brands reach the engine; offers without an article are left out.
# The sets read from ../shared/data/lists.
LISTS_SETS = ("tyres_lists_ru", "tyres_lists_ru_flipped", "bags_feed_ua")
REAL_TYRES = ("fukku3kpvc__yargy-tires__Прайс_Колобокс_Шины_2018-07-07_(XLS).xls",
              "fukku3kpvc__yargy-tires__06.07.18_ДАКАР_Уфа.xls")


def _article(value) -> str:
    text = str(value).strip().upper().replace(" ", "")
    return text[:-2] if text.endswith(".0") else text


def load_tyres_lists_ru(flip: bool = False):
    """Kolobox's tyres as the catalog and Dakar's as one supplier's offers; ``flip`` the other way round
    (Dakar's one-line names as the catalog, Kolobox's "Nokian 215/45R17 91T Nordman 7 (XL)" as offers)."""
    import pandas as pd
    from python_calamine import CalamineWorkbook

    from pricesync.money import to_decimal

    def sheet(file: str, name: str) -> pd.DataFrame:
        rows = CalamineWorkbook.from_path(LISTS / file).get_sheet_by_name(name).to_python()
        return pd.DataFrame(rows[1:], columns=[str(c) for c in rows[0]]).astype(str)

    kolobox = sheet(REAL_TYRES[0], "TDSheet")
    kolobox = kolobox[kolobox["Наименование"].str.strip() != ""]
    dakar = sheet(REAL_TYRES[1], "Легковая резина")
    dakar = dakar[dakar["Код_произв"].map(_article) != ""]
    lists = {
        "kolobox": dict(sku=kolobox["Код 1С"].str.strip(), name=kolobox["Наименование"].str.strip(),
                        brand=kolobox["Марка (бренд)"], category="Шины " + kolobox["Сезонность"].str.lower(),
                        price=[to_decimal(p) for p in kolobox["Розничная"]], article=kolobox["Артикул"]),
        "dakar": dict(sku=dakar["RN"].map(_article), name=dakar["Наименование"].str.strip(), brand=dakar["Марка"],
                      category="Шины " + dakar["Сезон"].str.lower(), price=[to_decimal(p) for p in dakar["Цена_руб"]],
                      article=dakar["Код_произв"]),
    }
    shop, supplier = (lists["dakar"], lists["kolobox"]) if flip else (lists["kolobox"], lists["dakar"])
    catalog = pd.DataFrame({"sku": list(shop["sku"]), "name": list(shop["name"]), "brand": list(shop["brand"]),
                            "category": list(shop["category"]), "ean": "", "price": shop["price"], "stock": 0})
    catalog["source_row"] = range(3, len(catalog) + 3)
    by_article: dict[str, set] = {}
    for a, sku in zip(map(_article, shop["article"]), catalog["sku"]):
        if a:
            by_article.setdefault(a, set()).add(sku)
    offers = _offers(pd, supplier=["kolobox" if flip else "dakar_ufa"] * len(supplier["sku"]),
                     supplier_sku=list(supplier["sku"]), name=list(supplier["name"]), brand=list(supplier["brand"]),
                     cost=supplier["price"], currency=["RUB"] * len(supplier["sku"]))
    right = [set(by_article.get(a, ())) for a in map(_article, supplier["article"])]
    return offers, catalog, right


# A real Ukrainian seller's marketplace feed (../shared/data/lists, epicentr_feed.xml): every suitcase and
# bag named in Ukrainian and in Russian by the same writer ("Валіза Madisson 44603 середня 65л блакитна
# (44603-M-Sky)" / "Чемодан Madisson 44603 средний 65л голубой (44603-M-Sky)"). The Ukrainian names are the
# catalog; the Russian ones, their article in brackets left out, the offers: one product in two languages
# beside its siblings of the other size and colour. The truth is the feed's own offer id.
BAGS_FEED = "kryshtof208-prog__Feed-Marketplaces__epicentr_feed.xml"


def load_bags_feed_ua():
    import re
    import xml.etree.ElementTree as ET

    import pandas as pd

    from pricesync.money import to_decimal

    items = ET.parse(LISTS / BAGS_FEED).getroot().findall(".//offer")
    ids = [o.get("id") for o in items]
    brand = [o.findtext("vendor") or "" for o in items]
    catalog = pd.DataFrame({"sku": ids, "name": [o.findtext("name[@lang='ua']") or "" for o in items], "brand": brand,
                            "category": "", "ean": "", "price": [to_decimal(o.findtext("price")) for o in items],
                            "stock": 0})
    catalog["source_row"] = range(1, len(catalog) + 1)
    article = re.compile(r"\s*\([^()]*\)\s*$")
    offers = _offers(pd, supplier=["epicentr_ru"] * len(items), supplier_sku=ids, brand=brand,
                     name=[article.sub("", o.findtext("name[@lang='ru']") or "") for o in items],
                     currency=["UAH"] * len(items))
    return offers, catalog, [{i} for i in ids]


def load_retail_en():
    return load_hand_written("retail_en")


def load_holdout_en():
    return load_hand_written("holdout_en")


def load_domain(domain: str, part: str):
    """A domain set: samples/matching/domains_<part>/<domain> (part = dev or holdout)."""
    return load_hand_written(f"domains_{part}/{domain}")


def load_speed(size: int, seed: int = 99):
    import pandas as pd

    gen = _siblings_module()
    families = int(size / 4.5) + 10
    catalog_rows, offer_rows, truth_rows = gen.generate(families, seed=seed)
    while len(catalog_rows) < size or len(offer_rows) < size:
        families = int(families * 1.15) + 10
        catalog_rows, offer_rows, truth_rows = gen.generate(families, seed=seed)
    catalog = pd.DataFrame(catalog_rows[:size])
    kept = {r["sku"] for r in catalog_rows[:size]}
    offers = pd.DataFrame(offer_rows[:size])
    truth = [{t["catalog_sku"]} if t["catalog_sku"] in kept else set() for t in truth_rows[:size]]
    return offers, catalog, truth


def score(result, truth) -> dict:
    auto = (result["match_status"] == "auto").tolist()
    skus = result["catalog_sku"].tolist()
    right = sum(1 for a, s, t in zip(auto, skus, truth) if a and s in t)
    wrong_labelled = sum(1 for a, s, t in zip(auto, skus, truth) if a and t and s not in t)
    n_auto = sum(auto)
    with_match = sum(1 for t in truth if t)
    statuses = result["match_status"].value_counts().to_dict()
    return {
        "offers": len(result), "catalog": None, "with_true_match": with_match, "auto": n_auto, "right_auto": right,
        "precision": round(right / n_auto, 4) if n_auto else None,
        "coverage": round(right / with_match, 4) if with_match else None,
        "precision_on_labelled": round(right / (right + wrong_labelled), 4) if right + wrong_labelled else None,
        "review": int(statuses.get("review", 0)), "unmatched": int(statuses.get("unmatched", 0)),
        "auto_by_method": result.loc[result["match_status"] == "auto", "match_method"].value_counts().to_dict(),
    }


class PhaseTimer:
    """A reporter that keeps how long each phase of matching took."""

    def __init__(self) -> None:
        self.phases: dict[str, float] = {}

    def info(self, message: str) -> None:
        pass

    def warn(self, message: str) -> None:
        pass

    @contextmanager
    def progress(self, description: str, total: int | None = None):
        started = time.perf_counter()
        try:
            yield lambda n=1: None
        finally:
            self.phases[description] = round(time.perf_counter() - started, 2)


def _ean13(n: int) -> str:
    body = f"29{n:010d}"
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)


def with_identifiers(offers, catalog, truth, share: float):
    """A shop where ``share`` of the offers that have a true match carry its EAN (synthetic
    EANs on every catalog item): what the free labels of a run look like when identified
    offers are a random part of the feed. Returns the offers and catalog, and which offers
    got an EAN (scored apart: the learned cut is measured on the others)."""
    import zlib

    catalog = catalog.copy()
    catalog["ean"] = [_ean13(i) for i in range(len(catalog))]
    ean_of = dict(zip(catalog["sku"].astype(str), catalog["ean"]))
    offers = offers.copy()
    given = [bool(t) and zlib.crc32(f"{k}|{n}".encode()) % 10_000 < share * 10_000
             for t, k, n in zip(truth, offers["supplier_sku"], offers["name"])]
    offers["ean"] = [ean_of.get(sorted(t)[0], "") if g else "" for g, t in zip(given, truth)]
    return offers, catalog, given


def run_set(name: str, loader, scorer: str = "learned", label_share: float = 0.0) -> dict:
    from pricesync.config.models import MatchingConfig
    from pricesync.match import match_with_info

    offers, catalog, truth = loader()
    given = None
    if label_share:
        offers, catalog, given = with_identifiers(offers, catalog, truth, label_share)
    timer = PhaseTimer()
    started = time.perf_counter()
    result, info = match_with_info(offers, catalog, reporter=timer, config=MatchingConfig(scorer=scorer))
    seconds = time.perf_counter() - started
    out = score(result, truth)
    if given is not None:
        rest = [i for i, g in enumerate(given) if not g]
        out["without_ean"] = score(result.iloc[rest].reset_index(drop=True), [truth[i] for i in rest])
    out.update(set=name, scorer=scorer, matching=info["decision"], catalog=len(catalog),
               seconds=round(seconds, 2),
               offers_per_second=round(len(offers) / seconds) if seconds else None, phases=timer.phases)
    return out


def set_loaders(split: str = "all", speed_size: int = SPEED_SIZE) -> dict:
    """Each set's loader by its name (``split``: the half of prosept's dealers or walmart's offers)."""
    return {
        "prosept": lambda: one_half(load_prosept(), split),
        "prosept_one_name": lambda: one_half(load_prosept_one_name(), split),
        "amazon_google": load_amazon_google,
        "amazon_google_flipped": lambda: load_amazon_google(flip=True),
        "walmart_amazon": lambda: one_half(load_walmart_amazon(), split, by="supplier_sku"),
        "siblings": load_siblings,
        "electronics": load_electronics,
        "retail_en": load_retail_en,
        "holdout_en": load_holdout_en,
        "tyres_lists_ru": load_tyres_lists_ru,
        "tyres_lists_ru_flipped": lambda: load_tyres_lists_ru(flip=True),
        "bags_feed_ua": load_bags_feed_ua,
        "speed": lambda: load_speed(speed_size),
        **{f"{d}_{part}": (lambda d=d, part=part: load_domain(d, part)) for part, names in DOMAINS.items() for d in names},
    }


def checks(r: dict, speed_size: int) -> dict[str, bool]:
    """The targets of one set's result (none for the sets that are only reported)."""
    if r["set"] not in TARGETS:
        return {}
    precision, coverage = TARGETS[r["set"]]
    out = {f"{r['set']} precision >= {precision}": (r["precision"] or 0) >= precision,
           f"{r['set']} coverage >= {coverage}": (r["coverage"] or 0) >= coverage}
    if r["set"] == "speed" and speed_size == SPEED_SIZE:
        out[f"speed <= {SPEED_SECONDS} s"] = r["seconds"] <= SPEED_SECONDS
    return out


def main() -> int:
    from targets import NO_DATA, verdict   # here: tests load this file as a module for its loaders

    parser = argparse.ArgumentParser(description="matching precision/coverage/speed")
    parser.add_argument("--sets", default="prosept,prosept_one_name,amazon_google,walmart_amazon,siblings,electronics,"
                                           "retail_en,domains_dev,domains_dev2,domains_dev3,domains_dev4,domains_dev5,domains_dev6,"
                                           "tyres_kz_dev7,domains_dev8,domains_dev9,domains_dev10,lubricants_pl_dev11,domains_dev12,"
                                           "domains_dev13,domains_dev14,domains_dev16,domains_dev17,"
                                           "plumbing_ua_dev18,electrical_pl_dev18,appliances_ru_dev20,petshop_pl_dev20,"
                                           "motoagro_kz_dev19,chinaparts_ru_dev19,babygoods_ua_dev21,phones_kz_dev22,"
                                           "paints_pl_dev22,kbeauty_ru_dev23,filters_ua_dev23,tyres_lv_dev23,"
                                           "autoparts_en_dev24,tyres_uk_dev24,makeup_ru_dev25,engineparts_ua_dev25,"
                                           "agrityres_ua_dev26,skincare_ua_dev27,brakes_pl_dev27,ignition_ua_dev29,"
                                           "haircolor_pl_dev28,suspension_ru_dev28,tyres_pl_ua_dev28,makeup_mp_ru_dev30,"
                                           "tyres_mp_ru_dev30,autoparts_mp_ru_dev30,tyres_ee_dev31,cosmetics_by_dev31,"
                                           "autoparts_lt_dev31,autoparts_us_dev33,cosmetics_us_dev33,tyres_ca_dev33,"
                                           "tyres_uz_dev36,cooling_ua_dev36,tyres_hu_dev34,shaving_uk_dev34,clutch_de_dev34,wipers_ua_dev39,tyres_tr_dev38,sensors_ru_dev38,tyres_ro_dev35,bearings_kz_dev35,industrialtyres_ru_dev37,steering_pl_dev37,wintertyres_ru_dev41,nails_ua_dev41,shocks_pl_dev41,"
                                           "alternators_ru_dev42,vantyres_de_dev42,bodycare_ua_dev42,"
                                           "tyres_us_dev40,suncare_uk_dev40,exhaust_ru_dev40,"
                                           "cosmetics_mp_ru_dev44,autoparts_exist_ru_dev44,tyres_kolesa_ru_dev44,domains_dev43,"
                                           "autobulbs_ru_dev45,dermocosmetics_pl_dev45,tyres_bg_dev45,"
                                           "domains_dev47,domains_dev48,domains_dev50,"
                                           "lashes_ru_dev46,tyres_it_dev49,tyres_nl_dev52,domains_dev54,domains_dev53,domains_dev51,domains_dev56,domains_dev55,"
                                           "makeup_kz_dev58,tyres_pl_allegro_dev58,domains_dev57,domains_dev60,domains_dev61,domains_dev59,domains_dev62,domains_dev63,"
                                           "agrityres_ro_dev64,beardcare_pl_dev64,domains_dev65,"
                                           "perfume_tr_dev66,tyres_uz_wholesale_dev66,speed")
    parser.add_argument("--speed-size", type=int, default=SPEED_SIZE)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--split", choices=SPLITS, default="all",
                        help="prosept sets: the offers of one half of the dealers; walmart_amazon: one half of "
                             "the offers (dev to develop on, test to measure)")
    parser.add_argument("--scorer", choices=("learned", "rules"), default="rules",
                        help="who decides name matches that pass the vetoes (rules = the engine before the model)")
    parser.add_argument("--label-share", type=float, default=0.0,
                        help="simulate a shop whose offers carry EANs for this share of the true pairs "
                             "(free labels for the learned cut); the rest are scored apart")
    parser.add_argument("--model", help="a model file from bench/train_match_model.py instead of the shipped one")
    args = parser.parse_args()
    if args.model:
        import os

        os.environ["PRICESYNC_MATCH_MODEL"] = str(Path(args.model).resolve())
    wanted = expand_sets(args.sets)
    loaders = set_loaders(args.split, args.speed_size)
    if "amazon_google" in wanted:
        wanted.insert(wanted.index("amazon_google") + 1, "amazon_google_flipped")
    results, missing = [], False
    for name in wanted:
        if name in SHARED_SETS and not DATA.exists() or name in LISTS_SETS and not LISTS.exists():
            print(f"skip {name}: {DATA if name in SHARED_SETS else LISTS} not present", file=sys.stderr)
            missing = True
            continue
        results.append(run_set(name, loaders[name], args.scorer, args.label_share))
        if name.startswith("prosept") or name == "walmart_amazon":
            results[-1]["split"] = args.split
        if not args.json:
            r = results[-1]
            label = r["set"] if r.get("split", "all") == "all" else f"{r['set']}[{r['split']}]"
            print(f"{label:<22} catalog {r['catalog']:>6} offers {r['offers']:>6}  auto {r['auto']:>6}  "
                  f"precision {r['precision']}  coverage {r['coverage']}  (on labelled {r['precision_on_labelled']})  "
                  f"review {r['review']}  unmatched {r['unmatched']}  {r['seconds']} s", flush=True)
            if "without_ean" in r:
                w = r["without_ean"]
                print(f"{'':<22} offers without a simulated EAN: {w['offers']}  auto {w['auto']}  precision "
                      f"{w['precision']}  coverage {w['coverage']}  (on labelled {w['precision_on_labelled']})",
                      flush=True)
            m = r["matching"] or {}
            print(f"{'':<22} free labels {m.get('free_label_offers')} offers "
                  f"(+{m.get('free_label_positives')}/-{m.get('free_label_negatives')} pairs), {m.get('model')}, "
                  f"cut {m.get('auto_cut')}, estimated precision {m.get('estimated_precision')} "
                  f"({m.get('calibrated_on')})", flush=True)
            if name == "speed":
                print(f"{'':<22} phases: {r['phases']}", flush=True)
    if args.json:
        print(json.dumps(results, indent=1, ensure_ascii=False))
    code = verdict({k: ok for r in results for k, ok in checks(r, args.speed_size).items()},
                   file=sys.stderr if args.json else None)
    return NO_DATA if missing and not code else code


if __name__ == "__main__":
    sys.exit(main())
