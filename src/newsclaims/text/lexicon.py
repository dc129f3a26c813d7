"""The small word lists that no rule can derive, kept apart from the logic that reads them.

Every list here answers a question capitalisation cannot: is "Fortune" a
newspaper, is "Georgia" a place, is "Sarah" a given name, is "However" a
name at all? The lists are deliberately short and generic (well-known news
outlets, countries and large regions, common given names, titles, company
suffixes); nothing in them is specific to one article. Entries are written
as they appear in text; lookups are case-sensitive unless a comment says so.
"""

from __future__ import annotations

from typing import Final


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


def _lines(block: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in block.strip().splitlines() if line.strip())


# News outlets, agencies and publications, one per line; "|" separates other names of the same
# outlet ("The" is kept where the title has it; "X" and "The X" are always taken as one).
MEDIA_NAMES: Final = _lines(
    """
    The Wall Street Journal|WSJ
    The New York Times|NYT
    The Washington Post
    The Information
    The Economist
    The Guardian
    The Times
    The Sunday Times
    The Independent
    The Telegraph
    The Daily Telegraph
    Financial Times|FT
    The Atlantic
    The New Yorker
    The Verge
    The Hill
    The Intercept
    The Register
    The Motley Fool
    The Daily Mail
    The Sun
    The Mirror
    The Observer
    The Boston Globe
    Los Angeles Times|LA Times
    Chicago Tribune
    USA Today
    Reuters
    Associated Press|AP|AP News
    Agence France-Presse|AFP
    Bloomberg|Bloomberg News
    Bloomberg Businessweek|Businessweek
    Dow Jones
    Dow Jones Newswires
    Xinhua
    Kyodo|Kyodo News
    Yonhap
    Nikkei|Nikkei Asia
    Caixin
    South China Morning Post|SCMP
    Global Times
    China Daily
    People's Daily
    CCTV
    The Japan Times
    The Straits Times
    Al Jazeera
    BBC|BBC News
    CNN
    CNBC
    MSNBC
    NBC|NBC News
    ABC|ABC News
    CBS|CBS News
    Fox News
    Fox Business
    NPR
    PBS
    Sky News
    ITV
    Channel 4
    Deutsche Welle
    Der Spiegel
    Le Monde
    Handelsblatt
    Politico
    Axios
    Vox
    HuffPost|Huffington Post
    BuzzFeed News
    Business Insider
    Forbes
    Fortune
    Newsweek
    Barron's
    MarketWatch
    Yahoo Finance
    Yahoo News
    Google News
    Apple News
    Seeking Alpha
    Investopedia
    Quartz
    TechCrunch
    Wired
    Engadget
    Gizmodo
    Ars Technica
    Mashable
    VentureBeat
    ZDNet
    CNET
    Recode
    Semafor
    9to5Mac
    MacRumors
    AppleInsider
    Tom's Hardware
    PCMag
    Digital Trends
    Stratechery
    Techmeme
    Morning Brew
    City A.M.
    Evening Standard
    Politifact
    ProPublica
    Rolling Stone
    The Hollywood Reporter
    Sports Illustrated
    ESPN
    """
)

# Countries, large regions and well-known places, with other names after "|"; enough to tell
# "Georgia said" from a person. Cities that are also given names, clubs or companies on their own
# ("Austin", "Liverpool", "Barcelona", "Phoenix") are left to the context.
PLACE_NAMES: Final = _lines(
    """
    Afghanistan
    Albania
    Algeria
    Argentina
    Armenia
    Australia
    Austria
    Azerbaijan
    Bahrain
    Bangladesh
    Belarus
    Belgium
    Bolivia
    Bosnia
    Brazil
    Bulgaria
    Cambodia
    Cameroon
    Canada
    Chile
    China
    Colombia
    Croatia
    Cuba
    Cyprus
    Czech Republic
    Denmark
    Ecuador
    Egypt
    England
    Estonia
    Ethiopia
    Finland
    France
    Georgia
    Germany
    Ghana
    Greece
    Hong Kong
    Hungary
    Iceland
    India
    Indonesia
    Iran
    Iraq
    Ireland
    Israel
    Italy
    Japan
    Jordan
    Kazakhstan
    Kenya
    Kosovo
    Kuwait
    Latvia
    Lebanon
    Libya
    Lithuania
    Luxembourg
    Macau
    Malaysia
    Mexico
    Moldova
    Mongolia
    Morocco
    Myanmar
    Nepal
    Netherlands
    New Zealand
    Nigeria
    North Korea
    Northern Ireland
    Norway
    Oman
    Pakistan
    Palestine
    Panama
    Peru
    Philippines
    Poland
    Portugal
    Qatar
    Romania
    Russia
    Saudi Arabia
    Scotland
    Serbia
    Singapore
    Slovakia
    Slovenia
    Somalia
    South Africa
    South Korea
    Spain
    Sri Lanka
    Sudan
    Sweden
    Switzerland
    Syria
    Taiwan
    Thailand
    Tunisia
    Turkey
    Ukraine
    United Arab Emirates|UAE
    United Kingdom|UK|U.K.
    Great Britain|Britain
    United States|United States of America|US|U.S.|USA|U.S.A.|America
    Uruguay
    Uzbekistan
    Venezuela
    Vietnam
    Wales
    Yemen
    Zambia
    Zimbabwe
    Europe
    Asia
    Africa
    Latin America
    North America
    South America
    Middle East
    South Asia
    Southeast Asia
    East Asia
    Central Asia
    Western Europe
    Eastern Europe
    Central Europe
    Sub-Saharan Africa
    North Africa
    West Africa
    East Africa
    Caribbean
    Balkans
    Antarctica
    Arctic
    Scandinavia
    Eurozone
    Silicon Valley
    Wall Street
    Hollywood
    Alabama
    Alaska
    Arizona
    Arkansas
    California
    Colorado
    Connecticut
    Delaware
    Florida
    Hawaii
    Idaho
    Illinois
    Indiana
    Iowa
    Kansas
    Las Vegas
    Ontario
    Quebec
    British Columbia
    Alberta
    Manitoba
    Nova Scotia
    Queensland
    Victoria
    New South Wales
    Tasmania
    Bavaria
    Catalonia
    Kentucky
    Louisiana
    Maine
    Maryland
    Massachusetts
    Michigan
    Minnesota
    Mississippi
    Missouri
    Montana
    Nebraska
    Nevada
    New Hampshire
    New Jersey
    New Mexico
    New York
    North Carolina
    North Dakota
    Ohio
    Oklahoma
    Oregon
    Pennsylvania
    Rhode Island
    South Carolina
    South Dakota
    Tennessee
    Texas
    Utah
    Vermont
    Virginia
    Washington
    West Virginia
    Wisconsin
    Wyoming
    London
    Paris
    Berlin
    Brussels
    Madrid
    Rome
    Moscow
    Beijing
    Shanghai
    Shenzhen
    Tokyo
    Seoul
    Mumbai
    New Delhi|Delhi
    Sydney
    Toronto
    Dubai
    Geneva
    Frankfurt
    Zurich
    Amsterdam
    Dublin
    Edinburgh
    Manchester
    Los Angeles
    San Francisco
    Chicago
    Boston
    Seattle
    Houston
    Atlanta
    Miami
    Detroit
    Dallas
    Washington DC|Washington D.C.
    Andorra
    Angola
    Bahamas
    Barbados
    Belize
    Benin
    Bhutan
    Botswana
    Brunei
    Burundi
    Chad
    Comoros
    Djibouti
    Eritrea
    Eswatini
    Fiji
    Gabon
    Gambia
    Grenada
    Guatemala
    Guinea
    Guyana
    Haiti
    Honduras
    Jamaica
    Kiribati
    Kyrgyzstan
    Laos
    Lesotho
    Liberia
    Liechtenstein
    Madagascar
    Malawi
    Maldives
    Mali
    Malta
    Mauritania
    Mauritius
    Micronesia
    Monaco
    Montenegro
    Mozambique
    Namibia
    Nauru
    Nicaragua
    Niger
    Palau
    Paraguay
    Rwanda
    Samoa
    Senegal
    Seychelles
    Suriname
    Tajikistan
    Tanzania
    Togo
    Tonga
    Turkmenistan
    Tuvalu
    Uganda
    Vanuatu
    Greenland
    Gaza
    Crimea
    Kashmir
    Tibet
    Xinjiang
    Chechnya
    Burkina Faso
    Sierra Leone
    Costa Rica
    El Salvador
    Dominican Republic
    South Sudan
    Ivory Coast|Cote d'Ivoire
    Cape Verde
    Papua New Guinea
    Trinidad and Tobago
    Equatorial Guinea
    Central African Republic
    San Marino
    Solomon Islands
    East Timor|Timor-Leste
    North Macedonia
    Democratic Republic of Congo|Democratic Republic of the Congo|DR Congo
    Antigua and Barbuda
    Puerto Rico
    West Bank
    Denver
    Philadelphia
    Vancouver
    Montreal
    Melbourne
    Bangalore
    Istanbul
    Cairo
    Nairobi
    Johannesburg
    Taipei
    Bangkok
    Jakarta
    Manila
    Hanoi
    Karachi
    Lahore
    Tehran
    Baghdad
    Riyadh
    Jerusalem
    Kyiv
    Kiev
    Warsaw
    Prague
    Vienna
    Budapest
    Athens
    Lisbon
    Glasgow
    Munich
    Hamburg
    Stockholm
    Oslo
    Copenhagen
    Helsinki
    Brasilia
    Lima
    Bogota
    Caracas
    Havana
    Nashville
    Minneapolis
    Pittsburgh
    Baltimore
    Sacramento
    Tampa
    Brooklyn
    Kabul
    Islamabad
    Damascus
    Beirut
    Doha
    Guangzhou
    Wuhan
    Osaka
    Kyoto
    Auckland
    Ottawa
    Calgary
    Belfast
    Tel Aviv
    Sao Paulo|São Paulo
    Buenos Aires
    Mexico City
    New Orleans
    San Diego
    Abu Dhabi
    """
)

# Demonyms and other capitalised adjectives that are never entities by themselves.
DEMONYMS: Final = _words(
    """
    American Americans British Chinese European Europeans Japanese Korean German French Italian
    Spanish Russian Indian Canadian Australian Mexican Brazilian African Asian Arab Israeli
    Iranian Iraqi Saudi Turkish Swiss Dutch Swedish Norwegian Danish Finnish Irish Scottish
    Welsh English Polish Greek Ukrainian Western Eastern Northern Southern Democrat Democrats
    Democratic Republican Republicans Conservative Conservatives Labour Liberal Liberals
    Christian Muslim Jewish Catholic Islamic Latino Hispanic Asian-American African-American
    Syrian Syrians Jordanian Lebanese Egyptian Egyptians Iraqis Afghan Afghans Pakistani Bangladeshi
    Nigerian Kenyan Ethiopian Vietnamese Thai Indonesian Malaysian Filipino Singaporean Taiwanese
    Argentine Argentinian Chilean Colombian Peruvian Venezuelan Cuban Belgian Austrian Hungarian
    Czech Romanian Bulgarian Serbian Croatian Portuguese Palestinian Palestinians Emirati Qatari
    Kuwaiti Yemeni Libyan Moroccan Algerian Tunisian Sudanese Somali Ghanaian Zimbabwean Mongolian
    Kazakh Uzbek Belarusian Georgian Armenian Azerbaijani Nepali Burmese Cambodian Scandinavian
    Nordic Latin Persian Kurdish Kurds Shia Sunni Hindu Sikh Buddhist Russians Chinese-American
    Israelis Iranians Ukrainians Germans Britons Canadians Australians Mexicans Indians Brazilians
    Koreans Saudis Turks Africans Arabs Asians Europeans Westerners Americans
    Swede Swedes Briton Scot Scots Scotsman Scotsmen Dutchman Dutchmen Frenchman Frenchmen
    Frenchwoman Englishman Englishmen Englishwoman Irishman Irishmen Welshman Welshmen Spaniard
    Spaniards Danes Finns Norwegians Italians Belgians Austrians Hungarians Czechs Slovaks
    Slovak Slovakian Slovenian Serb Serbs Croat Croats Bosnian Albanian Romanians Bulgarians Greeks
    Lithuanian Latvian Estonian Icelandic Cypriot Maltese Argentines Argentinians Colombians Chileans
    Peruvians Venezuelans Uruguayan Ecuadorian Paraguayan Bolivian Jamaican Zambian Zambians Ugandan
    Tanzanian Cameroonian Senegalese Ivorian Nigerians Kenyans Ghanaians Zimbabweans Ethiopians
    Kiwis Aussies
    """
)

# Given names, by usual gender, for telling a person from a product and for pronouns.
MALE_NAMES: Final = _words(
    """
    Aaron Abdul Abdullah Adam Adnan Adrian Ahmad Ahmed Akira Alan Albert Alberto Aleksandr
    Alessandro Alex Alexander Alexei Alexis Alfonso Alfred Ali Alvaro Amir Anders Andre Andrei
    Andres Andrew Andy Angelo Angus Anil Anthony Antoine Anton Antonio Arjun Armando Arnold Arthur
    Arturo Ashok Barack Barry Ben Benjamin Benoit Bernard Bernie Bertrand Bill Billy Bjorn Blake Bob
    Bobby Boris Boyd Brad Brandon Brendan Brent Brett Brian Bruce Bryan Bryce Byron Carl Carlo
    Carlos Cedric Cesar Charles Charlie Chris Christian Christopher Chuck Clarence Clifford Clint
    Clive Cody Colin Connor Conor Cory Craig Curtis Cyril Damian Damien Dan Daniel Danny Dante
    Darius Darrell Darren Darryl Dave David Davide Dean Declan Deepak Dennis Derek Dermot Desmond
    Dimitri Dmitry Domenico Dominic Dominique Don Donald Doug Douglas Duncan Dwayne Dwight Dylan Ed
    Eddie Eduardo Edward Elijah Elliot Elliott Elon Emil Emilio Emmanuel Enrique Eric Erik Ernest
    Ernesto Ethan Eugene Evan Fabian Fabio Farhan Federico Fedor Felix Fernando Florian Francesco
    Francis Francisco Franco Frank Franz Fraser Fred Gabriel Garrett Gary Gavin Geoff Geoffrey
    George Gerald Gerard Gerhard Giorgio Giovanni Giuseppe Glenn Gonzalo Gordon Graeme Graham Greg
    Gregory Guillaume Gunnar Gustavo Hakeem Hamid Hamza Hans Harold Harry Hassan Hector Helmut Henry
    Herbert Hiroshi Hossein Howard Hugh Humphrey Hussein Ian Ibrahim Igor Imran Isaac Ismail Ivan
    Jack Jacob Jacques Jaime Jake Jamal James Jamie Jared Jarrod Jason Javier Jay Jeff Jeffrey Jens
    Jensen Jeremy Jerome Jerry Jesse Jesus Jim Jimmy Joachim Joaquin Joe Joel Johan Johannes John
    Johnny Jon Jonah Jonas Jonathan Jordan Jorge Jose Josef Joseph Josh Joshua Juan Juergen Julian
    Julio Jurgen Justin Kai Kamal Kareem Karim Karl Kazuo Keir Keith Kelvin Ken Kenji Kenneth Kevin
    Khalid Kieran Kim Kirk Kofi Konstantin Kurt Kyle Larry Lars Laurence Lawrence Lee Leo Leon
    Leonard Leonardo Lewis Liam Lionel Logan Lorenzo Louis Luc Luca Lucas Lucien Luigi Luis Lukas
    Luke Malcolm Manuel Marc Marcel Marcelo Marco Marcus Marek Mario Mark Martin Marvin Mason
    Massimo Mathieu Matt Matteo Matthew Matthias Maurice Max Mehmet Micah Michael Michel Miguel Mike
    Mikhail Mitch Mitchell Mohamed Mohammad Mohammed Muhammad Narendra Nathan Naveen Neil Neville
    Nicholas Nick Nicolas Nigel Niklas Nikolai Nils Noah Olaf Oleg Oliver Olivier Omar Oscar Owen
    Pablo Pascal Patrick Paul Pavel Pedro Peter Phil Philip Pierre Piotr Pradeep Rafael Rahm Rahul
    Rajesh Rajiv Ralph Ramon Randall Randy Raul Ray Raymond Reed Reginald Reza Rhys Ricardo Riccardo
    Richard Rick Rishi Rob Robert Roberto Robin Rodney Rodrigo Roger Roland Rolf Ron Ronald Ronnie
    Rory Ross Roy Rudy Rupert Russell Ryan Salman Sam Samuel Sanjay Satya Saul Scott Sean Sebastian
    Sergei Sergey Sergio Seth Shane Shawn Sidney Silvio Simon Stan Stanley Stefan Stefano Steffen
    Stephan Stephen Steve Steven Stuart Sunil Sven Tariq Ted Terence Terry Theo Theodore Thierry
    Thomas Tim Timothy Tobias Toby Todd Tom Tomas Tony Travis Trevor Tyler Umar Victor Vijay Vikram
    Viktor Vincent Vinod Vivek Vladimir Walter Warren Wayne Wei Werner Wesley Wilfred Will Willem
    William Wolfgang Xavier Yann Yasser Yosef Yuri Yusuf Zach Zachary Zane Zoltan
    Chad Hunter Guy Wade Cole Drew Dale Glen Glenn Hank
    """
)
FEMALE_NAMES: Final = _words(
    """
    Abigail Ada Adriana Agnes Aisha Alana Alejandra Alexandra Alice Alicia Alina Alison Allison
    Alyssa Amanda Amber Amelia Amy Ana Anastasia Andrea Angela Angelica Angelina Anita Ann Anna Anne
    Annette Annie Antonia Ashley Audrey Ayesha Barbara Beatrice Becky Belinda Bernadette Beth
    Bethany Betty Beverly Bianca Brenda Brianna Bridget Brittany Brooke Camila Camille Candace Carla
    Carol Caroline Carolyn Carrie Cassandra Catherine Cathy Cecilia Celia Charlene Charlotte Cheryl
    Chiara Chloe Christiane Christina Christine Christy Cindy Claire Clara Claudette Claudia Colleen
    Connie Corinne Courtney Cynthia Daisy Dana Daniela Danielle Debbie Deborah Debra Delia Della
    Denise Diana Diane Dolores Donna Doris Dorothy Edith Elaine Eleanor Elena Elisabeth Eliza
    Elizabeth Ella Ellen Ellie Eloise Elsa Emilia Emily Emma Erica Erika Erin Esther Ethel Eugenia
    Eunice Eva Evelyn Fatima Felicity Fernanda Fiona Frances Francesca Francine Freya Gabriela
    Gabrielle Gemma Genevieve Geraldine Gillian Gina Gladys Gloria Grace Greta Gwen Gwendolyn Hannah
    Harriet Hayley Heather Heidi Helen Helena Hilary Hillary Holly Ilhan Imogen Ines Ingrid Irene
    Irina Isabel Isabella Isabelle Jacinda Jacqueline Jana Jane Janet Janice Janine Jeanette Jeanne
    Jenna Jennifer Jenny Jessica Jill Joan Joanna Joanne Jocelyn Jodie Johanna Jordana Josephine Joy
    Joyce Judith Judy Julia Juliana Julianne Julie Juliet Justine Kamala Kara Karen Karin Katarina
    Kate Katherine Kathleen Kathryn Kathy Katie Katrina Kayla Kelly Kimberly Kirsten Kristen Kristi
    Kristin Kristina Krystal Lara Latoya Laura Lauren Leah Leila Lena Leslie Letitia Lila Liliana
    Linda Lindsay Lindsey Lisa Lori Lorraine Louise Lucia Lucy Luisa Lydia Lynn Lynne Mackenzie
    Madeleine Mara Marcia Margaret Margarita Margot Maria Mariana Marianne Marie Marilyn Marina
    Marion Marisa Marjorie Marla Marlene Marsha Martha Mary Maureen Maxine Megan Melanie Melinda
    Melissa Meredith Mia Michaela Michelle Mildred Millie Mindy Mira Miranda Miriam Molly Monica
    Monique Nadia Nadine Nancy Naomi Natalia Natalie Natasha Nicole Nikki Nina Noor Nora Norma Olga
    Olivia Paige Pamela Patricia Paula Paulette Pauline Penny Petra Phoebe Phyllis Polly Priscilla
    Priya Rachael Rachel Ramona Rebecca Rebekah Renee Rhonda Rita Roberta Rosa Rosalind Rose
    Rosemary Roxanne Ruth Sabrina Sally Samantha Samira Sandra Sara Sarah Sasha Serena Sharon Sheila
    Sheryl Shirley Silvia Simone Sofia Sonia Sonya Sophie Stacey Stacy Stephanie Susan Suzanne
    Svetlana Sylvia Tamara Tanya Tara Tatiana Teresa Tessa Thelma Theresa Tina Tracey Tracy Trisha
    Tulsi Ursula Valentina Valerie Vanessa Vera Veronica Vicki Victoria Virginia Vivian Wanda Wendy
    Yasmin Yolanda Yvette Yvonne Zeynep Zoe
    """
)

# Honorifics before a name (with or without the period); they fix the gender where they can.
MALE_HONORIFICS: Final = _words("Mr Mr. Sir Lord")
FEMALE_HONORIFICS: Final = _words("Mrs Mrs. Ms Ms. Miss Dame Lady Madam")
HONORIFICS: Final = MALE_HONORIFICS | FEMALE_HONORIFICS | _words("Dr Dr. Prof Prof. Professor Rev Rev.")

# Titles and roles: before a name they make it a person ("CEO Sam Altman", "Finance Minister X").
# The weak ones also start names of other things ("General Motors", "Head & Shoulders"), so they
# make a person only of a full name after them.
ROLE_WORDS: Final = _words(
    """
    CEO CFO CTO COO CIO CMO CPO President Vice Chairman Chairwoman Chair Chairperson Chief Executive
    Officer Director Managing Minister Secretary Governor Gov Gov. Senator Sen Sen. Representative
    Rep Rep. Congressman Congresswoman Mayor Judge Justice Prime General Gen Gen. Colonel Col Col.
    Lieutenant Lt Lt. Sergeant Sgt Sgt. Captain Capt Capt. Admiral Commissioner Ambassador Chancellor
    King Queen Prince Princess Pope Emperor Sheikh Founder Co-founder Cofounder Head Leader Speaker
    Spokesman Spokeswoman Spokesperson Analyst Economist Scientist Professor Prof Prof. Dr Dr. Mr
    Mr. Mrs Mrs. Ms Ms. Miss Sir Dame Lord Lady Rev Rev. Deputy Assistant Associate Senior Treasurer
    Premier Attorney Counsel Partner Founding Principal Superintendent Inspector Detective Officer
    Coach Manager Editor Reporter Correspondent Columnist Author Investor Billionaire Entrepreneur
    Executive Analysts Insider Adviser Advisor Ombudsman Ombudswoman Ombudsperson MP MPs MEP MEPs MSP
    Cmdr Cmdr. Commander Maj Maj. Cpl Cpl. Pvt Pvt. Adm Adm. Brig Brig.
    """
)
WEAK_ROLE_WORDS: Final = _words(
    """
    General Gen Gen. Prime Justice Head Leader Speaker Executive Director Manager Senior Associate
    Assistant Deputy Founding Principal Premier King Queen Prince Princess Partner Officer Coach
    Author Editor Investor Analysts Analyst Reporter Founder Chair Vice Managing Chief Insider
    Correspondent Columnist Adviser Advisor Commander
    """
)
# Lower-case role nouns that make the capitalised words right after them a person ("analyst Ben Thompson").
ROLE_NOUNS: Final = _words(
    """
    ceo cfo cto coo founder founders co-founder cofounder president chairman chairwoman chair chief
    executive executives director minister secretary governor senator mayor judge analyst analysts
    economist economists scientist scientists researcher researchers professor spokesman spokeswoman
    spokesperson observer observers commentator reporter reporters correspondent columnist editor
    journalist journalists investor investors entrepreneur billionaire head leader manager partner
    engineer engineers officer official officials lawyer attorney adviser advisor strategist
    consultant designer developer developers writer author actor actress singer player coach
    candidate nominee rival colleague employee staffer staffers boss deputy chancellor ambassador
    premier king queen prince princess president-elect host creator inventor blogger influencer
    """
)

# Roles only a person fills that are read before or beside a name in entities only (attribution
# reads ROLE_NOUNS): players' positions and trades ("striker Rooney", "Vaughan, a defender").
PERSON_ONLY_ROLE_NOUNS: Final = _words(
    """
    striker strikers midfielder midfielders defender defenders goalkeeper keeper winger forward
    captain skipper full-back centre-back center-back quarterback linebacker receiver pitcher
    batsman bowler defenseman goalie sprinter athlete runner swimmer boxer golfer cyclist jockey
    teammate team-mate substitute rookie veteran referee umpire lawmaker congressman congresswoman
    prosecutor detective sheriff musician guitarist drummer rapper comedian novelist poet
    presenter historian astronaut astronomer physicist biologist surgeon doctor nurse teacher
    wife husband son daughter brother sister father mother widow
    """
)
# Nouns after a possessive that only a person has ("Vaughan's wife", "Ferdinand's career").
PERSONAL_NOUNS: Final = _words(
    """
    wife husband son sons daughter daughters father mother brother sister parents girlfriend
    boyfriend fiancee fiance widow career funeral birthday
    """
)

# Role nouns that a company fills as often as a person ("rival Sony", "SoftBank, its largest
# investor"): before or beside a single word they say nothing of its kind.
EITHER_ROLE_NOUNS: Final = _words("investor investors partner rival developer developers host creator leader")

# Role nouns that, capitalised at the start of a sentence, stand before a full name as a title
# ("Actor Tom Hanks", "Boss Steve Bruce", "Defenseman Jonas Brodin"): the lower-case role nouns
# and a few more that are too rare before a name in lower case to vote there.
OPENING_ROLE_NOUNS: Final = frozenset(w.capitalize() for w in ROLE_NOUNS) | _words(
    """
    Administrator Defenseman Defender Striker Midfielder Goalkeeper Quarterback Guitarist Drummer
    Bassist Songwriter Rapper Comedian Novelist Poet Producer Presenter Sprinter Swimmer Athlete
    Cyclist Boxer Golfer Pitcher Constable Lawyer Actress Singer Employee Boss
    """
)

# Department words that may follow "of" inside a title ("Vice President of Product").
TITLE_DEPARTMENTS: Final = _words(
    """
    Product Products Engineering Research Operations Marketing Sales Policy Communications Staff
    Finance Technology Strategy Design Business Content Safety Security Legal Growth Investor
    Relations Development Science Data Innovation Partnerships People Global International
    Commerce Affairs Defence Defense Health Education Justice Energy Transport Trade Treasury State
    Home Foreign Economy Labor Labour Agriculture Interior Environment Financial Operating
    Technical Scientific Medical Information Creative Digital Commercial Investment Revenue Risk
    Privacy Executive National Homeland
    """
)

# Last words of football and rugby clubs that make a name an organisation ("Leeds United",
# "Blackburn Rovers", "Brighton and Hove Albion"); kept apart from ORG_SUFFIXES, which also hold
# an "and" inside a name ("Arsenal and Leeds United" are two). "Villa", "Palace" and "Forest"
# also end surnames and places ("David Villa", "Buckingham Palace").
TEAM_SUFFIXES: Final = _words("United Rovers Athletic Albion Wanderers Hotspur Argyle Orient Harriers Academicals Rangers")
# Place words that end a club's name in a football report ("Leicester City", "Derby County",
# "Ipswich Town"), and a place's elsewhere ("Oklahoma City", "Orange County").
CLUB_PLACE_SUFFIXES: Final = _words("City County Town")
# Words and phrases of football reports: two of them make "X City" a club (entities._club_votes).
FOOTBALL_WORDS: Final = (
    "Premiership", "Premier League", "FA Cup", "Champions League", "League One", "League Two", "Uefa",
    "UEFA", "Fifa", "FIFA", "striker", "strikers", "midfielder", "midfielders", "goalkeeper", "winger",
    "centre-back", "full-back", "equaliser", "equalizer", "relegation", "relegated", "hat-trick",
    "kick-off", "on loan", "goalless", "clean sheet", "footballer", "footballers", "Subs", "transfer window",
    "first-team", "defender", "defenders", "midfield", "goalscorer", "substitute",
)

# Last words that make a name an organisation.
ORG_SUFFIXES: Final = _words(
    """
    Inc Inc. Corp Corp. Corporation Co Co. Company Companies Ltd Ltd. Limited LLC LLP plc PLC AG SA
    NV GmbH SE Group Holdings Holding Bank Bancorp Ventures Capital Partners Associates Technologies
    Technology Systems Labs Laboratories Lab University College School Institute Foundation
    Association Society Agency Administration Commission Ministry Department Council Committee Board
    Authority Bureau Office Party Fund Trust Airlines Airways Motors Industries Enterprises
    Platforms Pharmaceuticals Pharma Therapeutics Energy Entertainment Studios Records Networks
    Communications Telecom Securities Investments Management Advisors Reserve Exchange Court
    Senate Congress Parliament Assembly Police Army Navy Force Forces Division Cloud Research Team
    Club Union Federation League Alliance Coalition Organization Organisation Media Church Hospital
    Services Solutions Brands Motor Financial Insurance Semiconductor Electronics Robotics Center
    Centre Centers Centres Commission Court Tribunal Service House Aerospace Survey Laboratory
    Directorate Museum Library Academy Clinic Infirmary Observatory Consortium Brotherhood Railroad
    Railroads Railway Railways Gallery International Organizations Organisations Pharmaceutical
    Tobacco Petroleum Airline Brewery Mining Chemicals Foods Dairy Stockbrokers Re Power Gas Electric
    Oil Utilities Protection Enforcement Productions Equities
    """
)
# Legal and group suffixes that a company is also named without ("Apple Inc." is "Apple").
LEGAL_SUFFIXES: Final = _words(
    """
    Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited LLC LLP plc PLC AG SA NV GmbH SE
    Group Holdings Holding
    """
)
# Words that, first in a name, keep an "of" inside it ("Bank of America", "University of Michigan").
OF_HEADS: Final = _words(
    """
    Bank University College School Institute Department Ministry Office Board Bureau Council Court
    Church House Museum Academy Society Association Federation Union League Chamber Commission
    Committee Centre Center Centers Republic Kingdom State States Duke Duchess Prince Princess
    Archbishop Bishop Secretary Minister Governor Mayor City Port Gulf Isle Sea Bay Cape Lake
    Friends Sisters Brothers Daughters Sons Knights Lords Party Army Navy Order Organisation
    Organization Agency Fund Foundation Alliance Coalition Federation Service
    """
)
# The place words of OF_HEADS: "for" after them opens no name ("left Leicester City for Derby").
PLACE_OF_HEADS: Final = _words("Republic Kingdom State States City Port Gulf Isle Sea Bay Cape Lake")
MEDIA_SUFFIXES: Final = _words(
    """
    Times Journal Post News Herald Tribune Gazette Telegraph Guardian Magazine Daily Weekly
    Chronicle Observer Press Wire Newswire Insider Reporter Dispatch Examiner Standard Courier
    Inquirer Bulletin Monitor Express Mirror Sun Star Today Radio Television TV Broadcasting Courant
    """
)
PLACE_SUFFIXES: Final = _words(
    """
    Valley City County Province State Island Islands River Mountain Mountains Lake Bay Street Avenue
    Square Region Peninsula Coast Sea Ocean Gulf Strait Desert Canyon Park Airport Port Harbour
    Harbor Hills Heights Beach Springs Road Lane Boulevard Highway Bridge Village Town
    Township Borough Parish Plaza Stadium Arena Auditorium Amphitheatre Amphitheater Theatre Theater
    Plateau Basin Prison Jail Cathedral Strip
    """
)
# First words that make a two-word name a place when its last word says nothing ("San Diego",
# "Fort Worth", "Mount Kenya"; "San Diego Zoo" goes by its last word).
PLACE_PREFIXES: Final = _words("San Santa Santo Los Las Fort Mount Mt. Lake Port Puerto Rio Saint St.")
# Last words that make a name a product ("Hubble Space Telescope", "Radeon Pro", "Hang Seng Index").
PRODUCT_SUFFIXES: Final = _words(
    """
    Pro Max Plus Mini Ultra Edition Index Telescope Satellite Rover Browser Console Processor
    Phone Pad Watch Average Simulator
    """
)
EVENT_SUFFIXES: Final = _words(
    """
    Expo Conference Summit Olympics Games Cup Championship Championships Festival Awards Forum
    Fair Show Week Convention Congress Tournament Open Marathon Election Elections War Day Night Eve
    Award Prize Prizes Trophy Bowl Derby Prix Rally Parade Gala Concert Tour Finals
    """
)
# Endings that turn a name into an adjective ("Canada-based", "Google-backed"); the name is kept.
ADJECTIVE_ENDINGS: Final = ("-based", "-backed", "-owned", "-led", "-made", "-born", "-style", "-shaped", "-like", "-era", "-linked", "-funded")
# Heads of concepts, methods and fields, which are capitalised but are not named things.
CONCEPT_HEADS: Final = _words(
    """
    Intelligence Learning Optimization Optimisation Processing Theory Law Laws Effect Principle
    Protocol Method Approach Strategy Policy Framework Initiative Act Bill Amendment Rule Rules
    Questions Answers Terms Conditions Guidelines Standards Update Updates
    """
)

# Lower-case nouns right after a name that make it a product ("the Atlas browser", "TPU chips").
PRODUCT_HEADS: Final = _words(
    """
    model models app apps application browser chatbot chatbots assistant assistants tool tools
    platform chip chips processor processors series version versions generator feature features
    device devices phone phones smartphone smartphones handset handsets tablet laptop laptops
    console consoles engine software system operating beta leaderboard leaderboards ranking rankings
    benchmark benchmarks index game games service subscription car cars vehicle vehicles drug
    vaccine message messages post posts account accounts feed video videos headset glasses watch
    network agent agents interface api sdk update upgrade codec format protocol
    """
)
# Lower-case nouns right after a name that lean towards a product ("ChatGPT users"); weaker than the heads.
PRODUCT_LEANING: Final = _words("user users experience usage interactions subscribers downloads installs")
# Lower-case nouns right after a name that make it an organisation ("the DeepSeek team", "Google CEO").
ORG_HEADS: Final = _words(
    """
    team company firm startup start-up group lab labs division unit subsidiary parent bank
    employees staff staffers executives engineers researchers workers shareholders investors
    board management founder founders ceo cfo cto coo chairman president spokesman spokeswoman
    spokesperson executive stock stocks shares share valuation headquarters offices office
    """
)
# Lower-case words right before a name that make it an organisation ("at Meta", "joined OpenAI").
ORG_LEFT: Final = _words("at joined join joining leaves left acquired acquire acquiring rival rivals competitor")
# Lower-case words right before a name that make it a place ("in Nashville", "near McAllen",
# "the northern Sierra Nevada").
PLACE_LEFT: Final = _words(
    "in near outside atop northern southern eastern western central northeastern northwestern southeastern southwestern"
)
# Verbs before "in X" that make X a publication ("published in Nature Astronomy"; not "appeared
# in": a rash appears in a region as often as an article in a journal).
PUBLISHED_VERBS: Final = _words("published")
# Words before "in" that make what follows a company or a publication, not a place
# ("shares in Elan", "a stake in Absa", "published in Nature", "confidence in Toshiyuki Shiga");
# ("as in Apple took" is a comparison, read in entities._place_cue.)
NOT_PLACE_BEFORE_IN: Final = _words(
    """
    share shares stake stakes holding holdings interest interests invest invests invested investing
    investment investments investor investors confidence faith trust appeared
    """
) | PUBLISHED_VERBS

# Lower-case words right before a name that make it a product ("codenamed Garlic", "launched Reels").
PRODUCT_LEFT: Final = _words(
    """
    codenamed code-named named called dubbed launched launching launch launches released
    releasing release releases unveiled unveiling unveils introduced introducing debuted within
    using uses use on
    """
)
# Nouns after a name that make it an organisation when they follow as an appositive head.
# Lower-case nouns right before a name that make it a work, counted a product ("the boxing drama
# Million Dollar Baby", "the album Blue Vardo"); not verbs too ("show", "play", "track").
WORK_NOUNS: Final = _words(
    """
    film films movie movies drama dramas comedy thriller documentary biopic sitcom musical album
    albums song songs single novel novels memoir book books videogame franchise
    """
)
APPOSITIVE_ORG: Final = _words(
    """
    startup start-up company firm group maker manufacturer lab laboratory bank agency regulator
    retailer developer provider operator supplier insurer lender carrier airline brand conglomerate
    organisation organization nonprofit non-profit charity university institute giant unicorn
    """
)
APPOSITIVE_PRODUCT: Final = PRODUCT_HEADS - _words("index update upgrade format protocol post posts message messages")
APPOSITIVE_MEDIA: Final = _words(
    "newspaper paper outlet publication magazine broadcaster network website site tabloid daily weekly newswire"
    " journal"
)

# Capitalised words that are never a name on their own: function words, sentence openers, dates.
# Compass words: alone they are a direction or a part of a demonym ("North American"), not a name.
COMPASS_WORDS: Final = _words(
    "North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast Southwest"
)
FUNCTION_WORDS: Final = _words(
    """
    A An The This That These Those There Here It Its It's I I'm I've We We're Our Us You Your He His
    Him She Her They Their Them Who Whom Whose What Which Where When Why How Whether If Unless
    Although Though While Whilst As Because Since Before After Until Once So Yet But And Or Nor For
    Also Still Then Now Today Tonight Yesterday Tomorrow Meanwhile However Moreover Furthermore
    Nevertheless Nonetheless Therefore Thus Hence Instead Indeed Besides Otherwise Accordingly
    Additionally Similarly Likewise Finally First Second Third Last Next Earlier Later Previously
    Currently Recently Subsequently Initially Ultimately Eventually Overall Already Even Only Just
    Perhaps Maybe Probably Certainly Clearly Notably Importantly Interestingly Unlike Like Despite
    Given According Among Amid Amidst Across Against Along Around At By During Except From In Inside
    Into Near Of Off On Onto Out Outside Over Per Through Throughout To Toward Towards Under Unlike
    Upon Via With Within Without About Above Below Beyond Between Behind Beside Following Including
    Regarding Concerning Considering Excluding Not No Yes Every Each Either Neither Both All Any
    Some Many Much Most More Less Few Several Such Other Another Same Own Very Too Quite Rather
    Almost Nearly Well Oh Ah Hey Please Thanks Thank Sorry Dear Hi Hello Let Let's Do Does Did Is Are
    Was Were Be Been Being Has Have Had Can Could May Might Must Shall Should Will Would Don't Can't
    Won't Isn't Aren't Wasn't Didn't Doesn't Haven't Hasn't Q One Two Three Four Five Six Seven
    Eight Nine Ten Hundreds Thousands Millions Billions By Roughly Approximately
    """
)
MONTHS: Final = _words(
    """
    January February March April May June July August September October November December Jan Feb
    Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov.
    Dec. Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat
    Sun Spring Summer Autumn Fall Winter Christmas Easter Halloween Thanksgiving Ramadan
    """
)
# All-capital abbreviations that are common nouns, not names ("AI", "CEO", "IPO").
COMMON_ACRONYMS: Final = _words(
    """
    AI AGI API APIs CEO CEOs CFO CTO COO CIO CMO IPO IPOs GDP GNP CPI PMI R&D M&A ETF ETFs ESG EV EVs
    SUV SUVs PC PCs TV TVs GPU GPUs CPU CPUs RAM SSD HR PR IT OK FAQ FAQs Q&A PDF URL USB LED LCD DNA
    RNA HIV AIDS COVID COVID-19 NFT NFTs SaaS B2B B2C VR AR XR LLM LLMs ML NLP UI UX OS iOS PM AM
    A.M. P.M. EST GMT UTC BST PST CET ET PT CEST YoY QoQ TBD FY H1 H2 Q1 Q2 Q3 Q4 EPS P/E ROI KPI
    VP SVP EVP MD MP MPs MEP MEPs PhD MBA BA MA BSc ID DIY FYI ASAP NB PS RIP TBA USD EUR GBP JPY
    CNY HKD RMB INR KRW CHF AUD CAD BTC ETH Rs Rs. AWD RWD FWD 4WD HVAC LED LEDs kWh kW MW GW MPH
    MPG USB USB-C HDMI WiFi Wi-Fi GPS SIM LTE NFC 3D 4K HD
    """
)
# Nouns that number things rather than name them ("Week 13", "Phase 2").
# Possessive determiners. Not all function words: "My" opens titles ("Losing My Religion", "My
# Family"), but none of them opens a name with a number ("My 15" of "My 15-inch laptop").
POSSESSIVES: Final = _words("My Our Your His Her Its Their")
NUMBERED_NOUNS: Final = _words(
    """
    Week Weeks Day Days Year Years Phase Round Stage Season Game Games Chapter Part Section Page
    Figure Table Level Tier Grade Room Floor Gate Platform Route Highway Exit Lane Row Seat Item
    Article Clause Rule Step Episode Vol Volume No No. Number Series Class Category Group Team
    Division Zone Area Block Lot Unit Apartment Suite Box Line Channel
    """
)

# Pronouns that can stand for a person, and the gender they fix (None: either).
PERSON_PRONOUNS: Final = {
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
}

# Unions read in several places.
GIVEN_NAMES: Final = MALE_NAMES | FEMALE_NAMES
# Last words that give a name its kind (a company, a team, a product, an outlet, a place, an event).
KIND_SUFFIXES: Final = ORG_SUFFIXES | TEAM_SUFFIXES | PRODUCT_SUFFIXES | MEDIA_SUFFIXES | PLACE_SUFFIXES | EVENT_SUFFIXES
