"""Names, streets and places for synthetic Los Angeles County petition data.

Each tuple is ordered from most to least common; the generator weights by
rank, so no explicit frequencies are kept. The mix follows the county
(2020 census: about 48% Hispanic, 26% White, 15% Asian, 8% Black, with large
Armenian, Iranian, Korean, Filipino and Vietnamese communities). Accents are
written as the names are spelled; the generator drops them for a share of
signers, as people do on paper.
"""

from __future__ import annotations

# --- first names, by the pool a surname group draws from ---------------------

FIRST_ENGLISH: tuple[str, ...] = (
    "Michael", "David", "Jennifer", "John", "James", "Robert", "Maria", "Mary",
    "Daniel", "Christopher", "Jessica", "Elizabeth", "Joseph", "William", "Richard",
    "Michelle", "Anthony", "Kevin", "Sarah", "Steven", "Lisa", "Patricia", "Brian",
    "Jason", "Matthew", "Karen", "Linda", "Mark", "Thomas", "Stephanie", "Nicole",
    "Susan", "Paul", "Eric", "Ryan", "Andrew", "Ashley", "Jonathan", "Christine",
    "Joshua", "Kenneth", "Nancy", "Scott", "Jeffrey", "Timothy", "Melissa", "Amanda",
    "Gary", "Edward", "Nicholas", "Rebecca", "Laura", "Emily", "Benjamin", "Samuel",
    "Alexander", "Deborah", "Kimberly", "Angela", "Katherine", "Margaret", "Rachel",
    "Heather", "Julie", "Amy", "Sharon", "Cynthia", "Barbara", "Carol", "Justin",
    "Brandon", "Aaron", "Adam", "Peter", "Gregory", "Frank", "Emma", "Olivia",
    "Grace", "Hannah", "Megan", "Lauren", "Diane", "Janet", "Helen", "Ruth",
)  # fmt: skip

FIRST_HISPANIC: tuple[str, ...] = (
    "José", "María", "Juan", "Luis", "Carlos", "Jorge", "Guadalupe", "Jesús",
    "Miguel", "Francisco", "Ana", "Antonio", "Rosa", "Manuel", "Alejandro",
    "Ricardo", "Verónica", "Javier", "Fernando", "Gabriela", "Roberto", "Eduardo",
    "Leticia", "Mario", "Sergio", "Raúl", "Carmen", "Óscar", "Claudia", "Héctor",
    "Alejandra", "Rubén", "Silvia", "Andrés", "Yolanda", "Ramón", "Mónica",
    "Martín", "Sofía", "Enrique", "Adriana", "Arturo", "Araceli", "Víctor", "Lucía",
    "Iván", "Martha", "Julio", "Norma", "Pedro", "Blanca", "Rafael", "Angélica",
    "Gerardo", "Esperanza", "Adrián", "Maricela", "Ángel", "Daniela", "Jazmín",
    "Karla", "Ximena", "Itzel", "Yesenia", "Beatriz", "Raquel", "Inés", "Joaquín",
)  # fmt: skip

FIRST_BLACK: tuple[str, ...] = (
    "Andre", "Jasmine", "DeShawn", "Keisha", "Darnell", "Tamika", "Jamal",
    "Latoya", "Tyrone", "Aaliyah", "Marcus", "Shanice", "Terrell", "Ebony",
    "Jerome", "Imani", "Malik", "Tanisha", "Kareem", "Monique",
)  # fmt: skip

FIRST_ARMENIAN: tuple[str, ...] = (
    "Armen", "Ani", "Aram", "Lilit", "Tigran", "Anahit", "Narek", "Karine",
    "Hovhannes", "Nune", "Vahe", "Arpi", "Gor", "Siranush", "Hagop", "Talin",
)  # fmt: skip

FIRST_CHINESE: tuple[str, ...] = (
    "Wei", "Mei", "Jian", "Li", "Xiaoming", "Hui", "Ying", "Jun", "Lan", "Hao",
)  # fmt: skip

FIRST_KOREAN: tuple[str, ...] = (
    "Ji-hoon", "Min-jun", "Soo-jin", "Hyun", "Seo-yeon", "Jae", "Eun-ji", "Sung",
)  # fmt: skip

FIRST_VIETNAMESE: tuple[str, ...] = (
    "Minh", "Thanh", "Linh", "Hương", "Tuấn", "Hoa", "Dũng", "Ngọc", "Phương",
)  # fmt: skip

FIRST_INDIAN: tuple[str, ...] = (
    "Priya", "Raj", "Anil", "Sunita", "Amit", "Deepa", "Vikram", "Anjali",
)  # fmt: skip

FIRST_JAPANESE: tuple[str, ...] = ("Kenji", "Yuki", "Hiroshi", "Akiko", "Takeshi", "Emiko")

FIRST_PERSIAN: tuple[str, ...] = (
    "Reza", "Ali", "Shirin", "Mehdi", "Leila", "Dariush", "Farhad", "Nasrin", "Parisa",
)  # fmt: skip

# --- surnames ----------------------------------------------------------------

LAST_HISPANIC: tuple[str, ...] = (
    "García", "Hernández", "Martínez", "López", "González", "Rodríguez", "Pérez",
    "Sánchez", "Ramírez", "Flores", "Torres", "Gómez", "Díaz", "Cruz", "Reyes",
    "Morales", "Gutiérrez", "Ortiz", "Chávez", "Ruiz", "Jiménez", "Vásquez",
    "Muñoz", "Castillo", "Rivera", "Ramos", "Mendoza", "Romero", "Herrera",
    "Medina", "Aguilar", "Castro", "Vargas", "Peña", "Núñez", "Domínguez",
    "Álvarez", "Fernández", "Méndez", "Rojas", "Ríos", "Salazar", "Estrada",
    "Ochoa", "Cervantes", "Ávila", "Guzmán", "Velásquez", "Zúñiga", "Luna",
    "Delgado", "Contreras", "Sandoval", "Acosta", "Cortez", "Soto", "Juárez",
    "Navarro", "Campos", "Orozco", "Serrano", "Ibarra", "Valenzuela", "Espinoza",
    "Figueroa", "Lara", "Ponce", "Quintero", "Bañuelos", "Magaña", "De la Cruz",
    "Montes de Oca", "Ibáñez",
)  # fmt: skip

LAST_WHITE: tuple[str, ...] = (
    "Smith", "Johnson", "Miller", "Brown", "Williams", "Davis", "Anderson",
    "Wilson", "Taylor", "Thomas", "Moore", "Martin", "Thompson", "White", "Clark",
    "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill",
    "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts",
    "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Murphy",
    "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey", "Kelly",
    "Howard", "Ward", "Sullivan", "Russell", "Fischer", "Schwartz", "Cohen",
    "Goldberg", "Katz", "Friedman", "Levy", "O'Brien", "O'Connor", "McCarthy",
    "Kowalski", "Rossi", "Russo", "Nilsson", "Müller",
)  # fmt: skip

LAST_BLACK: tuple[str, ...] = (
    "Jackson", "Washington", "Johnson", "Williams", "Brown", "Robinson", "Harris",
    "Jefferson", "Coleman", "Banks", "Freeman", "Simmons", "Bryant", "Gaines",
    "Mosley", "Booker", "Wallace", "Dixon", "Franklin", "Hayes", "Jenkins",
    "Henderson",
)  # fmt: skip

LAST_ARMENIAN: tuple[str, ...] = (
    "Sarkisyan", "Petrosyan", "Hakobyan", "Harutyunyan", "Grigoryan", "Avetisyan",
    "Karapetyan", "Mkrtchyan", "Gevorgyan", "Ghazaryan", "Manukyan", "Vardanyan",
    "Babayan", "Arakelyan", "Simonian", "Boyajian", "Hovsepian", "Der Bedrossian",
)  # fmt: skip

LAST_CHINESE: tuple[str, ...] = (
    "Chen", "Wong", "Lee", "Wang", "Li", "Zhang", "Liu", "Chan", "Lin", "Huang",
    "Yang", "Wu", "Ho", "Cheung", "Lam",
)  # fmt: skip

LAST_KOREAN: tuple[str, ...] = (
    "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Shin", "Han",
)  # fmt: skip

LAST_VIETNAMESE: tuple[str, ...] = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Hoàng", "Ngô",
)  # fmt: skip

LAST_FILIPINO: tuple[str, ...] = (
    "Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza",
    "Dela Cruz", "Villanueva", "Aquino", "Ramos", "Tolentino", "Manalo",
)  # fmt: skip

LAST_INDIAN: tuple[str, ...] = (
    "Patel", "Shah", "Singh", "Kumar", "Sharma", "Gupta", "Desai", "Reddy",
)  # fmt: skip

LAST_JAPANESE: tuple[str, ...] = (
    "Tanaka", "Nakamura", "Yamamoto", "Watanabe", "Sato", "Kobayashi", "Suzuki",
)  # fmt: skip

LAST_PERSIAN: tuple[str, ...] = (
    "Rahimi", "Hosseini", "Ahmadi", "Karimi", "Mohammadi", "Moradi", "Tehrani",
)  # fmt: skip

# (weight in percent of signers, surnames, first-name pools with their shares).
# Many second-generation Asian and Armenian Angelenos carry English given
# names, hence the mixed pools.
GROUPS: tuple[tuple[int, tuple[str, ...], tuple[tuple[tuple[str, ...], int], ...]], ...] = (
    (45, LAST_HISPANIC, ((FIRST_HISPANIC, 80), (FIRST_ENGLISH, 20))),
    (24, LAST_WHITE, ((FIRST_ENGLISH, 100),)),
    (8, LAST_BLACK, ((FIRST_ENGLISH, 65), (FIRST_BLACK, 35))),
    (3, LAST_ARMENIAN, ((FIRST_ARMENIAN, 60), (FIRST_ENGLISH, 40))),
    (2, LAST_PERSIAN, ((FIRST_PERSIAN, 60), (FIRST_ENGLISH, 40))),
    (5, LAST_CHINESE, ((FIRST_CHINESE, 30), (FIRST_ENGLISH, 70))),
    (3, LAST_KOREAN, ((FIRST_KOREAN, 35), (FIRST_ENGLISH, 65))),
    (3, LAST_VIETNAMESE, ((FIRST_VIETNAMESE, 45), (FIRST_ENGLISH, 55))),
    (4, LAST_FILIPINO, ((FIRST_HISPANIC, 30), (FIRST_ENGLISH, 70))),
    (2, LAST_INDIAN, ((FIRST_INDIAN, 70), (FIRST_ENGLISH, 30))),
    (1, LAST_JAPANESE, ((FIRST_JAPANESE, 30), (FIRST_ENGLISH, 70))),
)

# Formal name -> the name people also sign with. Used for second signatures.
NICKNAMES: dict[str, str] = {
    "Robert": "Bob", "William": "Bill", "Richard": "Rick", "Michael": "Mike",
    "James": "Jim", "Joseph": "Joe", "Elizabeth": "Liz", "Katherine": "Kathy",
    "Jennifer": "Jen", "Christopher": "Chris", "Daniel": "Dan", "Anthony": "Tony",
    "Thomas": "Tom", "Edward": "Ed", "Kenneth": "Ken", "Steven": "Steve",
    "Matthew": "Matt", "David": "Dave", "Nicholas": "Nick", "Benjamin": "Ben",
    "Samuel": "Sam", "Alexander": "Alex", "Jonathan": "Jon", "Timothy": "Tim",
    "Rebecca": "Becky", "Deborah": "Debbie", "Margaret": "Maggie",
    "Patricia": "Patty", "Susan": "Sue", "Gregory": "Greg", "Jessica": "Jess",
    "Kimberly": "Kim", "Francisco": "Frank", "Guadalupe": "Lupe", "Jesús": "Chuy",
    "Alejandro": "Alex", "Roberto": "Beto", "Enrique": "Kike", "José": "Pepe",
    "Hovhannes": "Hovik", "Eduardo": "Lalo", "Alejandra": "Ale",
}  # fmt: skip

# --- streets -------------------------------------------------------------------

# Real Los Angeles County streets as commonly written on petitions.
STREETS: tuple[str, ...] = (
    "Sunset Blvd", "Hollywood Blvd", "Santa Monica Blvd", "Wilshire Blvd",
    "W Olympic Blvd", "W Pico Blvd", "Venice Blvd", "W Washington Blvd",
    "W Jefferson Blvd", "W Adams Blvd", "Exposition Blvd",
    "W Martin Luther King Jr Blvd", "W Slauson Ave", "W Florence Ave",
    "W Manchester Ave", "W Century Blvd", "Imperial Hwy", "Rosecrans Ave",
    "Artesia Blvd", "Del Amo Blvd", "E Carson St", "Sepulveda Blvd",
    "S La Cienega Blvd", "N La Brea Ave", "S Fairfax Ave", "N Highland Ave",
    "Vine St", "N Gower St", "S Western Ave", "S Normandie Ave", "S Vermont Ave",
    "S Hoover St", "S Figueroa St", "S Broadway", "S Main St", "S San Pedro St",
    "S Central Ave", "S Alameda St", "N Soto St", "E Cesar E Chavez Ave",
    "Whittier Blvd", "S Atlantic Blvd", "S Garfield Ave", "S Eastern Ave",
    "N Indiana St", "S Lorena St", "E 1st St", "W 3rd St", "W 6th St", "W 7th St",
    "E 4th St", "W 8th St", "W 9th St", "E 14th St", "W 54th St", "W 120th St",
    "S Hill St", "S Spring St", "S Grand Ave", "S Hope St", "N Broadway",
    "N Spring St", "Riverside Dr", "Los Feliz Blvd", "Glendale Blvd",
    "S Alvarado St", "Beverly Blvd", "Melrose Ave", "Fountain Ave",
    "Franklin Ave", "E Colorado Blvd", "N Lake Ave", "E Green St", "E Walnut St",
    "N Fair Oaks Ave", "S Arroyo Pkwy", "N Orange Grove Blvd", "N Allen Ave",
    "N Hill Ave", "E Foothill Blvd", "N Brand Blvd", "N Central Ave",
    "E Chevy Chase Dr", "W Glenoaks Blvd", "N San Fernando Blvd", "W Olive Ave",
    "W Magnolia Blvd", "N Hollywood Way", "Victory Blvd", "Ventura Blvd",
    "Vanowen St", "Sherman Way", "Roscoe Blvd", "Nordhoff St", "Devonshire St",
    "Van Nuys Blvd", "Reseda Blvd", "Tampa Ave", "Topanga Canyon Blvd",
    "De Soto Ave", "Winnetka Ave", "Balboa Blvd", "White Oak Ave", "Woodman Ave",
    "Laurel Canyon Blvd", "Coldwater Canyon Ave", "Lankershim Blvd",
    "Tujunga Ave", "Vineland Ave", "Cahuenga Blvd", "Burbank Blvd", "Oxnard St",
    "Chandler Blvd", "Moorpark St", "San Fernando Rd", "Osborne St",
    "Hubbard St", "Maclay Ave", "Lincoln Blvd", "Ocean Ave", "Rose Ave",
    "Abbot Kinney Blvd", "Culver Blvd", "Overland Ave", "Motor Ave",
    "National Blvd", "Palms Blvd", "Westwood Blvd", "Barrington Ave",
    "S Bundy Dr", "San Vicente Blvd", "Montana Ave", "Pacific Coast Hwy",
    "Hawthorne Blvd", "Crenshaw Blvd", "Prairie Ave", "Inglewood Ave",
    "Aviation Blvd", "Redondo Beach Blvd", "Torrance Blvd", "E Anaheim St",
    "Pacific Ave", "N Gaffey St", "Long Beach Blvd", "Atlantic Ave",
    "E Ocean Blvd", "E 7th St", "Bellflower Blvd", "Lakewood Blvd", "Clark Ave",
    "Woodruff Ave", "South St", "Alondra Blvd", "Paramount Blvd",
    "Firestone Blvd", "Telegraph Rd", "Norwalk Blvd", "Pioneer Blvd",
    "Studebaker Rd", "Valley Blvd", "Garvey Ave", "Las Tunas Dr", "Huntington Dr",
    "S Baldwin Ave", "Santa Anita Ave", "Rosemead Blvd", "Arrow Hwy",
    "N Azusa Ave", "N Citrus Ave", "N Grand Ave", "W Holt Ave", "W Mission Blvd",
    "N Garey Ave", "Towne Ave", "Indian Hill Blvd", "Diamond Bar Blvd",
    "Nogales St", "Fullerton Rd", "Hacienda Blvd", "Colima Rd", "Puente Ave",
    "W Avenue J", "W Avenue K", "10th St W", "Sierra Hwy", "E Palmdale Blvd",
    "Rancho Vista Blvd", "Lyons Ave", "Soledad Canyon Rd", "Bouquet Canyon Rd",
    "Valencia Blvd", "McBean Pkwy", "Newhall Ave", "Mulholland Dr", "York Blvd",
    "Eagle Rock Blvd", "N Figueroa St", "N Avenue 50", "Maple Ave", "Oak St",
    "Elm St", "Cypress Ave", "Palm Ave", "Magnolia Ave", "Lemon Ave",
    "Walnut Ave", "Pine St", "Cedar St", "Acacia Ave", "Jacaranda Ave",
    "Orange Grove Ave", "S Los Robles Ave", "N El Molino Ave", "Camino Real",
    "Via Colinas", "Paseo del Mar", "Calle Mayor", "Silver Lake Blvd",
    "Echo Park Ave", "N Vermont Ave", "S Gramercy Pl", "Crescent Heights Blvd",
)  # fmt: skip

UNIT_PREFIXES: tuple[str, ...] = ("Apt", "Apt", "Apt", "#", "#", "Unit", "Unit", "Spc", "Ste")

# --- places --------------------------------------------------------------------

# Field office places (code suffix, place), largest and busiest first.
OFFICE_PLACES: tuple[tuple[str, str], ...] = (
    ("DTL", "Downtown Los Angeles"), ("LBC", "Long Beach"), ("PAS", "Pasadena"),
    ("GLN", "Glendale"), ("VNY", "Van Nuys"), ("SCL", "Santa Clarita"),
    ("LAN", "Lancaster"), ("TOR", "Torrance"), ("POM", "Pomona"),
    ("PMD", "Palmdale"), ("ELM", "El Monte"), ("DWN", "Downey"),
    ("BUR", "Burbank"), ("WHT", "Whittier"), ("ING", "Inglewood"),
    ("WCV", "West Covina"), ("NWK", "Norwalk"), ("SMO", "Santa Monica"),
    ("NRG", "Northridge"), ("WDH", "Woodland Hills"), ("CMP", "Compton"),
    ("CAR", "Carson"), ("HAW", "Hawthorne"), ("ALH", "Alhambra"),
    ("SPD", "San Pedro"), ("LKW", "Lakewood"), ("BEL", "Bellflower"),
    ("HWD", "Hollywood"), ("NHO", "North Hollywood"), ("SHO", "Sherman Oaks"),
    ("CUL", "Culver City"), ("ARC", "Arcadia"), ("MPK", "Monterey Park"),
    ("BPK", "Baldwin Park"), ("SGT", "South Gate"), ("ELA", "East Los Angeles"),
    ("BOY", "Boyle Heights"), ("KTN", "Koreatown"), ("ERK", "Eagle Rock"),
    ("HLP", "Highland Park"), ("SYL", "Sylmar"), ("RDB", "Redondo Beach"),
    ("GAR", "Gardena"), ("CER", "Cerritos"), ("DBR", "Diamond Bar"),
    ("COV", "Covina"), ("GLD", "Glendora"), ("CLA", "Claremont"),
    ("AZU", "Azusa"), ("MTB", "Montebello"), ("PRV", "Pico Rivera"),
    ("LYN", "Lynwood"), ("HNP", "Huntington Park"), ("PAR", "Paramount"),
    ("RSM", "Rosemead"), ("SGB", "San Gabriel"), ("BEV", "Beverly Hills"),
    ("WEH", "West Hollywood"), ("VEN", "Venice"), ("WWD", "Westwood"),
    ("WCH", "Westchester"), ("MBH", "Manhattan Beach"), ("ENC", "Encino"),
    ("RES", "Reseda"), ("CNP", "Canoga Park"), ("CHT", "Chatsworth"),
    ("GRH", "Granada Hills"), ("TUJ", "Tujunga"), ("ALT", "Altadena"),
    ("LCF", "La Cañada Flintridge"), ("SPA", "South Pasadena"), ("CLB", "Calabasas"),
    ("MAL", "Malibu"), ("AGH", "Agoura Hills"), ("WIL", "Wilmington"),
    ("LMR", "La Mirada"), ("HAC", "Hacienda Heights"), ("ROW", "Rowland Heights"),
    ("WAL", "Walnut"), ("LVR", "La Verne"), ("SMA", "Sierra Madre"),
    ("SIG", "Signal Hill"), ("LOM", "Lomita"), ("ELS", "El Segundo"),
)  # fmt: skip

# Real California ZIPs outside Los Angeles County (zip, city), for the
# out-of-county signers every drive collects near the county line.
OUT_OF_COUNTY_ZIPS: tuple[tuple[str, str], ...] = (
    ("92701", "Santa Ana"), ("91360", "Thousand Oaks"), ("93301", "Bakersfield"),
    ("92501", "Riverside"), ("92801", "Anaheim"), ("91762", "Ontario"),
    ("93001", "Ventura"), ("91320", "Newbury Park"), ("92648", "Huntington Beach"),
    ("92618", "Irvine"), ("92401", "San Bernardino"), ("93030", "Oxnard"),
    ("91710", "Chino"), ("92880", "Corona"), ("90620", "Buena Park"),
    ("90630", "Cypress"), ("93065", "Simi Valley"), ("92868", "Orange"),
    ("92840", "Garden Grove"), ("91730", "Rancho Cucamonga"), ("94103", "San Francisco"),
    ("92101", "San Diego"),
)  # fmt: skip
