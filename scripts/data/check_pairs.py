# Korean-English pairs for the checker's tests (Fixtures/check/), written for EditionAlign.
# Each pair is either copied from a pair fixture (Fixtures/pairs/NAME, "from") with English
# text replaced ("replace": planted changes), or written out whole ("en"/"ko": file text).
# "planted" lists what the checker must find: a kind and a piece of text that the finding's
# sentences (or headline) hold. Pairs with nothing planted are clean: at the default
# severity the checker must report nothing on them.
CHECK = {}

CHECK["clean-rate-hold"] = {"from": "brief-rate-hold", "planted": []}
CHECK["clean-typhoon"] = {"from": "merges-typhoon", "planted": []}
CHECK["clean-rural-county"] = {"from": "feature-rural-county", "planted": []}

CHECK["omitted-paragraph"] = {
    "from": "omitted-paragraph-chips",
    "planted": [{"kind": "omission", "text": "용인시는 공장 건설로"}],
}

CHECK["added-sentence"] = {
    "from": "added-sentence-chuseok",
    "planted": [{"kind": "addition", "text": "Chuseok, the Korean harvest festival"}],
}

CHECK["swapped-pair"] = {
    "from": "swapped-pair-summit",
    "planted": [{"kind": "order", "text": "economic security and supply chains"}],
}

CHECK["title-rate"] = {
    "from": "brief-rate-hold",
    "replace": [("BOK keeps base rate at 3.5 percent", "BOK keeps base rate at 3.25 percent")],
    "planted": [{"kind": "title", "text": "3.25 percent"}],
}

CHECK["numbers-flood"] = {
    "en": """Seoul to spend 1.2 trillion won on flood barriers

The Seoul city government said on Tuesday it would spend 1.2 trillion won on flood barriers and underground reservoirs by 2030. About 15,000 residents of low-lying areas were evacuated during last summer's floods.

Rainfall in the city rose 2.3 percent from the average of the past decade. Officials expect flood damage to fall by 30 percent once the work is done.

The plan also includes $13.42 billion in national funds for rivers across the country, the environment ministry said. Construction of the first of 12 tunnels will begin in March and cost 4.5 billion won.

The mayor said the project would create 4,800 jobs. Average rents near the new reservoirs have risen to 1.8 million won a month.
""",
    "ko": """서울시, 수방 시설에 1조 2000억 원 투입

서울시는 화요일 2030년까지 수방 시설과 지하 저류조에 1조 2000억 원을 투입하겠다고 밝혔다. 지난여름 홍수 때 저지대 주민 약 1,500명이 대피했다.

서울의 강수량은 지난 10년 평균보다 3.2% 늘었다. 당국은 공사가 끝나면 홍수 피해가 30% 줄어들 것으로 기대한다.

계획에는 전국 하천 정비를 위한 국비 134억 2000만 달러도 포함됐다고 환경부는 밝혔다. 12개 터널 가운데 첫 번째 공사는 3월에 시작되며 450억 원이 든다.

시장은 이 사업으로 일자리 4,800개가 생길 것이라고 말했다. 새 저류조 주변 평균 월세는 180만 원으로 올랐다.
""",
    "planted": [
        {"kind": "number", "text": "15,000 residents"},
        {"kind": "number", "text": "2.3 percent"},
        {"kind": "number", "text": "4.5 billion won"},
    ],
}

CHECK["dates-election"] = {
    "en": """Yonhap News Agency

Go to Contents

Go to Navigation

Gov't launches crackdown on election law violations ahead of April 10 polls

All News

10:00 March 15, 2024

SEOUL, March 15 (Yonhap) -- The government said on Wednesday it would crack down on election law violations. The crackdown will continue until the April 11 general elections.

Police have booked 1,200 people for violating election laws since Feb. 18. The justice ministry held a meeting of chief prosecutors nationwide on Friday.

Polls will be open from 6 a.m. to 6 p.m. on election day.

(END)

Copyright (c) Yonhap News Agency. All rights reserved.
""",
    "ko": """연합뉴스

본문 바로가기

사회

정부, 4월 10일 총선 앞두고 선거 사범 특별 단속

송고시간2024-03-15 10:00

홍길동 기자

(서울=연합뉴스) 홍길동 기자 = 정부는 14일 선거 사범 특별 단속에 나선다고 밝혔다. 단속은 4월 10일 총선 때까지 계속된다.

경찰은 지난달 18일부터 선거법 위반 혐의로 1,200명을 입건했다. 법무부는 15일 전국 검사장 회의를 열었다.

투표는 선거일 오전 6시부터 오후 6시까지 진행된다.

hong@yna.co.kr

<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>
""",
    "planted": [
        {"kind": "date", "text": "on Wednesday"},
        {"kind": "date", "text": "April 11"},
    ],
}

CHECK["names-chip-delegation"] = {
    "en": """Finance minister vows more support for chipmakers

Deputy Prime Minister and Finance Minister Choi Sang-mok said on Monday the government would expand tax credits for chipmakers. Vice Industry Minister Yoon Tae-min will lead a delegation to the Netherlands next week.

Bank of Korea Governor Rhee Chang-yong said the chip cycle had turned. Samsung Electronics Chairman Lee Jae-yong met Dutch officials in The Hague.

Presidential spokesman Park Jung-hoon said the visit would strengthen supply chains. The delegation includes SK hynix Vice Chairman Park Jung-ho.

Kim Min-jun, an analyst at Korea Investment & Securities, said exports could rise further. Choe Yun-hee, a researcher at the Korea Development Institute, agreed.
""",
    "ko": """최상목 부총리 "반도체 기업 지원 확대"

최상목 부총리 겸 기획재정부 장관은 월요일 정부가 반도체 기업에 대한 세액 공제를 확대하겠다고 밝혔다. 윤태경 산업통상자원부 차관이 다음 주 네덜란드 대표단을 이끈다.

이창용 한국은행 총재는 반도체 경기가 돌아섰다고 말했다. 이재용 삼성전자 회장은 헤이그에서 네덜란드 당국자들을 만났다.

박정훈 대통령실 대변인은 이번 방문이 공급망을 강화할 것이라고 말했다. 대표단에는 박정호 SK하이닉스 부회장이 포함됐다.

김민정 한국투자증권 연구원은 수출이 더 늘 수 있다고 말했다. 최윤희 한국개발연구원 연구위원도 같은 의견을 냈다.
""",
    "planted": [
        {"kind": "name", "text": "Yoon Tae-min"},
        {"kind": "name", "text": "Kim Min-jun"},
    ],
}
