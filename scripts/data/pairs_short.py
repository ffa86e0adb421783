# Korean-English pairs written for EditionAlign's tests. Each paragraph is a list of beads
# (English sentences, Korean sentences); an empty side is an omission.
PAIRS = {}

PAIRS["brief-rate-hold"] = {
    "title": ("BOK keeps base rate at 3.5 percent", "한은, 기준금리 3.5% 동결"),
    "paragraphs": [[
        (["The Bank of Korea kept its base rate unchanged at 3.5 percent on Thursday, the sixth straight freeze."],
         ["한국은행은 19일 기준금리를 연 3.5%로 동결했다.", "여섯 차례 연속 동결이다."]),
        (["Governor Rhee Chang-yong said household debt and high oil prices made a cut difficult this year."],
         ["이창용 총재는 가계부채와 높은 유가 때문에 올해 금리 인하는 어렵다고 말했다."]),
        (["Markets had widely expected the decision."],
         ["시장은 이번 결정을 대체로 예상했다."]),
    ]],
}

PAIRS["merges-typhoon"] = {
    "title": ("Typhoon Khanun brings heavy rain to southern regions", "태풍 카눈 남부지방에 폭우"),
    "paragraphs": [
        [
            (["Typhoon Khanun made landfall on the southern coast near Tongyeong at 9:20 a.m. on Thursday, bringing heavy rain and strong winds."],
             ["제6호 태풍 카눈이 10일 오전 9시 20분 경남 통영 인근 남해안에 상륙했다.", "태풍은 강한 비바람을 동반했다."]),
            (["More than 10,000 people were evacuated in South Gyeongsang Province.", "Most of them stayed in schools and community centers."],
             ["경남에서만 1만 명 넘는 주민이 학교와 마을회관 등으로 대피했다."]),
            (["The Korea Meteorological Administration said up to 300 millimeters of rain fell in mountainous areas of Gangwon Province."],
             ["기상청은 강원 산간 지역에 최대 300mm의 비가 내렸다고 밝혔다."]),
        ],
        [
            (["About 350 flights were canceled nationwide, and train services between Seoul and Busan were partly suspended."],
             ["전국에서 항공편 약 350편이 결항됐다.", "서울과 부산을 잇는 열차 운행도 일부 중단됐다."]),
            (["The Ministry of the Interior and Safety raised the disaster alert to the highest level.", "It urged residents to avoid going outside."],
             ["행정안전부는 재난 위기경보를 최고 단계인 심각으로 올리고 주민들에게 외출 자제를 당부했다."]),
            (["No deaths had been reported as of 3 p.m., but two people were injured by falling signboards in Busan."],
             ["오후 3시 현재 사망자는 없지만 부산에서 간판이 떨어져 2명이 다쳤다."]),
        ],
    ],
}

PAIRS["omitted-paragraph-chips"] = {
    "title": ("Samsung to invest 60 trillion won in new chip plant", "삼성전자, 새 반도체 공장에 60조 원 투자"),
    "paragraphs": [
        [
            (["Samsung Electronics said on Monday it would invest 60 trillion won in a new semiconductor plant in Yongin by 2030."],
             ["삼성전자는 2030년까지 경기 용인의 새 반도체 공장에 60조 원을 투자한다고 13일 밝혔다."]),
            (["The plant will produce advanced memory chips for artificial intelligence servers."],
             ["새 공장은 인공지능 서버용 첨단 메모리 반도체를 생산한다."]),
        ],
        [
            ([], ["용인시는 공장 건설로 약 3만 개의 일자리가 생길 것으로 기대하고 있다."]),
            ([], ["다만 용수와 전력 공급 문제는 아직 해결되지 않았다."]),
            ([], ["시는 정부에 송전망 건설을 서둘러 달라고 요청했다."]),
        ],
        [
            (["Analysts said the investment showed confidence in a recovery of chip demand next year."],
             ["전문가들은 이번 투자가 내년 반도체 수요 회복에 대한 자신감을 보여준다고 분석했다."]),
            (["Samsung shares rose 2.1 percent on the news."],
             ["이 소식에 삼성전자 주가는 2.1% 올랐다."]),
        ],
    ],
}

PAIRS["added-sentence-chuseok"] = {
    "title": ("Record 6.5 million travelers expected over Chuseok", "추석 연휴 650만 명 이동 전망…역대 최다"),
    "paragraphs": [
        [
            (["A record 6.5 million people are expected to travel during the five-day Chuseok holiday, the land ministry said on Sunday."],
             ["국토교통부는 닷새간의 추석 연휴 기간 역대 최다인 650만 명이 이동할 것으로 예상된다고 24일 밝혔다."]),
            (["Chuseok, the Korean harvest festival, falls on the 15th day of the eighth lunar month."], []),
            (["Traffic is expected to peak on the morning of Sept. 28."],
             ["교통량은 9월 28일 오전에 가장 많을 것으로 보인다."]),
        ],
        [
            (["Highway tolls will be waived for three days from Sept. 28 to 30."],
             ["9월 28일부터 30일까지 사흘간 고속도로 통행료는 면제된다."]),
            (["The ministry advised drivers to check traffic conditions before departure."],
             ["국토부는 출발 전 교통 상황을 확인해 달라고 당부했다."]),
        ],
    ],
}

PAIRS["swapped-pair-summit"] = {
    "title": ("Yoon and Kishida agree to expand economic security cooperation", "윤 대통령·기시다 총리, 경제안보 협력 확대 합의"),
    "paragraphs": [
        [
            (["President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held talks in Tokyo on Friday."],
             ["윤석열 대통령과 기시다 후미오 일본 총리는 17일 도쿄에서 정상회담을 했다."]),
            (["The two leaders agreed to launch a dialogue on economic security and supply chains.",
              "They also agreed to resume shuttle diplomacy, suspended since 2011."],
             ["두 정상은 2011년 이후 중단된 셔틀외교를 재개하기로 했다.",
              "또 경제안보와 공급망에 관한 대화체를 출범시키기로 합의했다."]),
            (["Kishida said the meeting opened a new chapter in bilateral relations."],
             ["기시다 총리는 이번 회담이 양국 관계의 새로운 장을 열었다고 말했다."]),
        ],
        [
            (["Yoon will attend the Group of Seven summit in Hiroshima in May."],
             ["윤 대통령은 5월 히로시마에서 열리는 주요 7개국 정상회의에 참석한다."]),
        ],
    ],
}

PAIRS["numbers-exports"] = {
    "title": ("Exports rise for second month on chip recovery", "반도체 회복에 수출 2개월 연속 증가"),
    "paragraphs": [
        [
            (["South Korea's exports rose 5.1 percent on-year to $55.09 billion in November, the trade ministry said on Friday."],
             ["산업통상자원부는 11월 수출이 550억9000만 달러로 지난해 같은 달보다 5.1% 늘었다고 1일 밝혔다."]),
            (["It was the second straight month of growth."],
             ["2개월 연속 증가세다."]),
            (["Chip exports rose 12.9 percent to $9.38 billion, the first increase in 16 months."],
             ["반도체 수출은 93억8000만 달러로 12.9% 늘어 16개월 만에 증가로 돌아섰다."]),
        ],
        [
            (["Imports fell 11.6 percent to $51.31 billion, leaving a trade surplus of $3.78 billion."],
             ["수입은 513억1000만 달러로 11.6% 줄었다.", "무역수지는 37억8000만 달러 흑자를 기록했다."]),
            (["Exports to China fell 1.3 percent, while those to the United States rose 2.1 percent."],
             ["중국 수출은 1.3% 줄었고 미국 수출은 2.1% 늘었다."]),
        ],
    ],
}
