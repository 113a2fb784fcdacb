/* SPDX-License-Identifier: MIT */
/* test-relations.c: the relations pass, one table row per pattern, on
 * sentences written for the test (Korean and English): particles and word
 * order for direction, relative clauses, passives and receiving verbs,
 * appositions, lists, negation, plans and reports, clauses that must not
 * mix, and the qualifiers (dates, amounts, quantities) an edge carries.
 * Each row runs the whole extract stage with the embedded data and lists
 * every relation found as "subject predicate object[ (status)]", sorted. */
#include <string.h>

#include "kg-extract.h"

typedef struct {
  const char *text;
  const char *expected; /* the relations, "; " joined, in graph order */
} RelCase;

static const RelCase cases[] = {
  /* Korean: subject 은/는 and object 을/를, whatever their order */
  { "일론 머스크는 2023년 xAI를 설립했다.", "elon-musk founded xai" },
  { "xAI를 2023년에 일론 머스크가 설립했습니다.", "elon-musk founded xai" },
  /* a co-founder named with 와 함께 */
  { "일론 머스크는 샘 올트먼과 함께 오픈AI를 공동 설립했다.",
    "elon-musk founded openai; sam-altman founded openai" },
  /* the subject carries into a later clause */
  { "일론 머스크는 2018년 오픈AI에서 물러났으며, 이후 xAI를 설립했다.", "elon-musk founded xai" },
  /* ... but a subordinate clause's subject does not */
  { "오픈AI가 상업화를 추진하자 일론 머스크는 이를 비판하며 xAI를 설립했다.",
    "elon-musk founded xai" },
  /* the topic is the object of a founding or making verb whose subject
   * is 이/가; a founder with a leader's title leads it; 등이 after a title */
  { "업스테이지는 2020년 네이버에서 일한 김성훈 대표가 창업했다.",
    "kim-sung-hoon founded upstage; kim-sung-hoon leads upstage" },
  { "GPT-4는 오픈AI가 개발했다.", "openai developed gpt-4" },
  /* the object of a relative clause is not the verb's; the founder's
   * title before a founding in the relative clause is not this company's */
  { "업스테이지는 네이버를 떠난 김성훈 대표가 세웠다.",
    "kim-sung-hoon founded upstage; kim-sung-hoon leads upstage" },
  { "리벨리온을 창업한 박성현 대표는 말했다.",
    "park-sung-hyun founded rebellions; park-sung-hyun leads rebellions" },
  { "업스테이지는 네이버를 창업한 김성훈 대표가 세웠다.",
    "kim-sung-hoon founded naver; kim-sung-hoon founded upstage; kim-sung-hoon leads upstage" },
  { "2016년 이승현 대표 등이 창업한 퓨리오사AI는 칩을 만든다.",
    "iseunghyeon founded furiosaai; iseunghyeon leads furiosaai" },
  { "오픈AI는 일론 머스크가 비판했다.", "" },
  /* relative clauses: SUBJ가 만든 HEAD, OBJ를 설립한 HEAD */
  { "xAI가 만든 AI 챗봇 '그록2'는 인기를 끌었다.", "xai developed grok-2" },
  { "xAI가 사용하는 세계 최대 규모의 슈퍼컴퓨터 '콜로서스'가 가동됐다.", "xai uses colossus" },
  /* possessive and bare makers */
  { "엔비디아의 GPU H100이 부족하다.", "nvidia developed nvidia-h100" },
  { "오픈AI의 GPT-4, 구글의 제미나이가 경쟁한다.",
    "gemini competesWith gpt-4; google developed gemini; openai developed gpt-4" },
  /* receiving reverses the direction */
  { "오픈AI는 마이크로소프트로부터 10억 달러의 투자를 받았다.", "microsoft investedIn openai" },
  /* investors listed, the receiver named just before */
  { "xAI는 60억 달러의 투자를 유치했다. 피델리티와 세쿼이아 캐피털 등이 투자에 참여했다.",
    "fidelity investedIn xai; sequoia-capital investedIn xai" },
  /* appositions */
  { "테슬라 CEO 일론 머스크가 말했다.", "elon-musk leads tesla" },
  { "엔비디아 CEO인 젠슨 황은 웃었다.", "jensen-huang leads nvidia" },
  { "샘 올트먼 오픈AI 최고경영자(CEO)가 발표했다.", "sam-altman leads openai" },
  { "소프트뱅크 손정의 회장이 참석했다.", "masayoshi-son leads softbank-group" },
  { "링크트인 공동 창업자 리드 호프먼이 투자했다.", "reid-hoffman founded linkedin" },
  { "메타의 수석 과학자 얀 르쿤은 반박했다.", "yann-lecun worksAt meta" },
  /* a former title says nothing about now */
  { "오픈AI 전 CEO 샘 올트먼이 복귀했다.", "" },
  /* lists share a role: pairwise competition */
  { "현재 오픈AI, 구글, 메타, 앤트로픽 간 경쟁이 치열하다.",
    "anthropic competesWith google; anthropic competesWith meta; anthropic competesWith openai; "
    "google competesWith meta; google competesWith openai; meta competesWith openai" },
  /* X는 A, B 등과 경쟁: the subject against each */
  { "앤트로픽은 오픈AI, 구글 등과 경쟁하고 있다.",
    "anthropic competesWith google; anthropic competesWith openai" },
  /* the clause of the verb only: OpenAI is no purchase of Musk */
  { "머스크가 2022년에 트위터를 440억 달러에 인수했고, 오픈AI는 반발했다.", "elon-musk acquired x" },
  /* negation drops the relation */
  { "아마존은 앤트로픽을 인수하지 않았다.", "" },
  { "마이크로소프트는 인플렉션을 인수하지 않았다.", "" },
  /* a plan, an offer */
  { "오픈AI는 올해 GPT-5를 출시할 예정이다.", "openai developed gpt-5 (planned)" },
  { "일론 머스크는 오픈AI에 대해 974억 달러 규모의 인수 제안을 했다.",
    "elon-musk offeredToAcquire openai" },
  /* a report */
  { "머스크는 오픈AI와 샘 올트먼을 상대로 소송을 제기한 것으로 알려졌다.",
    "elon-musk sued openai (reported); elon-musk sued sam-altman (reported)" },
  /* passive with an agent */
  { "깃허브는 2018년 마이크로소프트에 인수됐다.", "microsoft acquired github" },
  /* based on, composed of */
  { "클로바X는 하이퍼클로바X를 기반으로 한 서비스다.", "clova-x uses hyperclova-x" },
  { "네이버는 하이퍼클로바X를 기반으로 한 '클로바X'를 내놨다.",
    "clova-x uses hyperclova-x; naver developed clova-x" },
  /* a countersuit sues whoever sued first */
  { "일론 머스크는 오픈AI를 상대로 소송을 제기했다. 이에 오픈AI는 맞소송을 냈다.",
    "elon-musk sued openai; openai sued elon-musk" },
  /* the object far from 소송을, before 상대로 */
  { "일론 머스크는 소송을 오픈AI와 샘 올트먼을 상대로 제기했다.",
    "elon-musk sued openai; elon-musk sued sam-altman" },
  /* a sentence inside quotes does not cut the one around it */
  { "일론 머스크는 '약속을 어겼다. 멈춰라'는 소송을 오픈AI를 상대로 제기했다.",
    "elon-musk sued openai" },
  /* a joint project, pursued with partners */
  { "샘 올트먼은 스타게이트 사업을 오라클, 소프트뱅크와 추진했다.",
    "oracle partnerOf stargate; softbank-group partnerOf stargate" },
  /* X도 does what the sentence before said */
  { "마이크로소프트는 H100을 15만개 사들였다. 메타도 비슷한 규모를 사들였다.",
    "meta uses nvidia-h100; microsoft uses nvidia-h100" },
  /* a relation inside a noun phrase is not negated by the clause's verb */
  { "그들은 오픈AI 등 스타게이트 참여기업은 돈이 없다고 말했다.", "openai partnerOf stargate" },
  /* a title with 인 and no company: the company the text is about */
  { "오픈AI 이사회는 제안을 거부했다. 이사회 의장인 브렛 테일러는 이를 설명했다.",
    "bret-taylor leads openai" },
  /* a competitor of the earlier subject that fits: a company, not a person */
  { "오픈AI가 상업화를 추진하자 일론 머스크는 경쟁 AI 기업인 xAI를 설립했다.",
    "elon-musk founded xai; openai competesWith xai" },
  /* the subject of a relative clause is not the verb's */
  { "마이크로소프트는 샘 올트먼 CEO가 이끄는 오픈AI에 130억 달러를 투자했다.",
    "microsoft investedIn openai; sam-altman leads openai" },
  /* a list as the subject of competing, far from the verb */
  { "KT와 SK텔레콤, LG유플러스는 기업용 AI 시장을 놓고 치열하게 경쟁하고 있다.",
    "kt competesWith lg-uplus; kt competesWith sk-telecom; lg-uplus competesWith sk-telecom" },
  /* what is received from a supplier is used */
  { "삼성전자는 구글로부터 제미나이 나노를 공급받았다.",
    "google supplies samsung-electronics; samsung-electronics uses gemini-nano" },
  /* a passive before its head: X에 의해 개발된 Y */
  { "여기에 삼성리서치에 의해 개발된 삼성 가우스가 더해졌다.", "samsung-research developed samsung-gauss" },
  /* an adnominal verb before a bound noun ends a clause */
  { "텐센트는 2023년 자체 모델 훈위안을 내놓은 뒤 서비스에 붙였다.", "tencent developed hunyuan" },
  /* production entrusted to a foundry */
  { "화웨이는 중국 파운드리 SMIC에 생산을 맡겨 왔다.", "smic supplies huawei" },
  /* a title at the end of a longer word */
  { "노태문 삼성전자 MX사업부장이 발표했다.", "roh-tae-moon worksAt samsung-electronics" },
  /* pronouns stand for the name before them, in this sentence or the last */
  { "일론 머스크는 2002년 스페이스X를 세웠다. 그는 2023년 xAI를 설립했다.",
    "elon-musk founded spacex; elon-musk founded xai" },
  { "엔비디아는 올해 실적을 발표했다. 이 회사는 H100을 개발했다.", "nvidia developed nvidia-h100" },
  /* English: word order, "by", possessives, appositions */
  { "Elon Musk founded xAI in 2023.", "elon-musk founded xai" },
  { "xAI was founded by Elon Musk in 2023.", "elon-musk founded xai" },
  { "Nvidia CEO Jensen Huang spoke on Monday.", "jensen-huang leads nvidia" },
  { "Jensen Huang, the chief executive of Nvidia, spoke.", "jensen-huang leads nvidia" },
  { "Microsoft invested $13 billion in OpenAI.", "microsoft investedIn openai" },
  { "Amazon did not acquire Anthropic.", "" },
  { "Microsoft plans to invest in Mistral AI.", "microsoft investedIn mistral-ai (planned)" },
  { "Microsoft competes with Amazon and Meta for talent.",
    "amazon competesWith microsoft; meta competesWith microsoft" },
  { "Suleyman co-founded DeepMind in London with Demis Hassabis and Shane Legg.",
    "demis-hassabis founded google-deepmind; mustafa-suleyman founded google-deepmind; "
    "shane-legg founded google-deepmind" },
  { "Anthropic has raised $4 billion from Amazon.", "amazon investedIn anthropic" },
  { "Microsoft was one of Inflection AI's backers.", "microsoft investedIn inflection-ai" },
  { "Microsoft reported record sales. The company said it acquired GitHub in 2018.",
    "microsoft acquired github" },
  { "Mustafa Suleyman spoke on Monday. He co-founded Inflection AI in 2022.",
    "mustafa-suleyman founded inflection-ai" },
  { "The MI300X, a new accelerator that can beat Nvidia's H100, carries HBM3 memory.",
    "amd-mi300x uses hbm3; amd-mi300x competesWith nvidia-h100; nvidia developed nvidia-h100" },
  { "OpenAI's GPT-4 model powers much of Copilot.",
    "microsoft-copilot uses gpt-4; openai developed gpt-4" },
  /* 자체 (own): the subject right before it, else the topic */
  { "네이버는 그동안 가우디2에서 자체 거대언어모델 하이퍼클로바X를 검증했다.",
    "naver developed hyperclova-x" },
  { "앤트로픽은 아마존웹서비스가 자체 설계한 칩 트레이니엄을 쓴다.",
    "amazon-web-services developed aws-trainium; anthropic uses aws-trainium" },
  /* built on a structure; fitted into a chip (passive: the host uses it) */
  { "업스테이지의 솔라는 메타의 라마 2 구조를 바탕으로 만들어졌다.",
    "meta developed llama-2; upstage developed upstage-solar; upstage-solar uses llama-2" },
  { "마이크론은 HBM3E 양산을 시작했으며, 이 제품이 엔비디아의 H200에 탑재된다고 밝혔다.",
    "micron developed hbm3e; nvidia developed nvidia-h200; nvidia-h200 uses hbm3e" },
  { "The MI300A will power El Capitan, a supercomputer that Hewlett Packard Enterprise is building.",
    "el-capitan uses amd-mi300a (planned); hewlett-packard-enterprise developed el-capitan" },
  /* "the Claude developer" is Anthropic, not Claude */
  { "SK Telecom is building a language model with the Claude developer.", "" },
  /* founders: a plural title holds the list; "left X to found Y" */
  { "Anthropic's co-founders Dario Amodei and Jack Clark spoke on Monday.",
    "dario-amodei founded anthropic; jack-clark founded anthropic" },
  { "Ilya Sutskever left OpenAI in May to found Safe Superintelligence with Daniel Gross.",
    "daniel-gross founded safe-superintelligence; ilya-sutskever founded safe-superintelligence" },
  { "Anthropic co-founder Dario Amodei and Jack Clark spoke.", "dario-amodei founded anthropic" },
  /* a suit filed against X (에) */
  { "일론 머스크는 오픈AI에 소송을 제기했다.", "elon-musk sued openai" },
  /* funding rounds in Korean: who raised, who led, who took part */
  { "xAI는 60억 달러를 조달했다. 이번 투자에는 세쿼이아 캐피털과 피델리티가 참여했다.",
    "fidelity investedIn xai; sequoia-capital investedIn xai" },
  { "미스트랄AI는 안드레센 호로위츠가 주도한 라운드에서 4억 달러를 조달했다.",
    "andreessen-horowitz investedIn mistral-ai" },
  { "퀄컴은 인텔 인수를 검토하고 있다.", "qualcomm acquired intel (planned)" },
  /* numbers with thousands commas are one word; "its" after a verb; base forms */
  { "Meta bought 350,000 H100 chips from Nvidia.", "meta uses nvidia-h100" },
  { "Amazon completed its $4 billion investment in Anthropic.", "amazon investedIn anthropic" },
  { "Oracle will supply OpenAI with computing capacity.", "oracle supplies openai (planned)" },
  { "Samsung Electronics, a key supplier to Nvidia, reported earnings.",
    "samsung-electronics supplies nvidia" },
  { "OpenAI's biggest rival, Anthropic, released Claude 3.",
    "anthropic developed claude-3; anthropic competesWith openai" },
  /* a denial and a plain negation are no facts */
  { "Nvidia did not invest in xAI.", "" },
  /* funding rounds in English: who led, who took part, who is listed */
  { "Anthropic raised $4 billion in a round led by Amazon, with Google and Salesforce Ventures "
    "also participating.",
    "amazon investedIn anthropic; google investedIn anthropic; salesforce-ventures investedIn anthropic" },
  { "Mistral AI raised $640 million. Backers include Nvidia and Microsoft.",
    "microsoft investedIn mistral-ai; nvidia investedIn mistral-ai" },
  { "xAI closed a $6 billion round. Sequoia Capital led the financing. "
    "Investors in the round included Andreessen Horowitz and SoftBank.",
    "andreessen-horowitz investedIn xai; sequoia-capital investedIn xai; softbank-group investedIn xai" },
  { "Mistral AI, whose investors include Nvidia, released a model.", "nvidia investedIn mistral-ai" },
  { "Perplexity has raised money from Jeff Bezos and Nvidia.",
    "jeff-bezos investedIn perplexity; nvidia investedIn perplexity" },
  /* a date between the passive verb and its agent; a second "and by";
   * founders listed after a known one are found and found it */
  { "Anthropic was founded in January 2021 by Dario Amodei, a former OpenAI executive, "
    "and by Daniela Amodei and Tom Brown.",
    "daniela-amodei founded anthropic; dario-amodei founded anthropic; tom-brown founded anthropic" },
  { "Scale AI, founded in 2016 by Alexandr Wang, Lucy Guo and Pavel Ostrov, labels data.",
    "alexandr-wang founded scale-ai; lucy-guo founded scale-ai; pavel-ostrov founded scale-ai" },
  /* "it" before an auxiliary is the subject, past a place attribute */
  { "London-based Cohere said on Monday it had raised $180 million in a round led by Accel.",
    "accel investedIn cohere" },
  /* "the company" after a preposition: the sentence's first company that
   * is not the subject, else the last sentence's topic */
  { "Mistral AI released Codestral in May. Nvidia invested in the company last year.",
    "mistral-ai developed codestral; nvidia investedIn mistral-ai" },
  { "Cohere's models run on Oracle's cloud, and Oracle invested in the company.",
    "oracle investedIn cohere" },
  /* people named after a description of them, after "by"; a passive is
   * no active verb ("was founded in 2019 by", not "founded Apple") */
  { "Nuvia was founded in 2019 by three former Apple chip engineers, Gerard Williams III, "
    "Rosa Lind and Omar Haddad.",
    "gerard-williams founded nuvia; omar-haddad founded nuvia; rosa-lind founded nuvia" },
  { "Databricks was founded in 2013 by the researchers who created Apache Spark, "
    "including Ali Ghodsi and Matei Zaharia.",
    "ali-ghodsi founded databricks; matei-zaharia founded databricks" },
  /* "built on" says what it uses, "trained on" too */
  { "Perplexity launched its own AI browser, Comet, in July; it is built on Chromium.",
    "perplexity developed comet" },
  { "DBRX was trained on Nvidia H100 chips.", "dbrx uses nvidia-h100" },
  /* a second "and with" of a mutual verb */
  { "Mistral AI competes with Meta in open models and with OpenAI in chat.",
    "meta competesWith mistral-ai; mistral-ai competesWith openai" },
  /* "it" after buying or selling: the company bought or sold before */
  { "Google sold Boston Dynamics to SoftBank, which later sold it to Hyundai Motor Group.",
    "hyundai-motor-group acquired boston-dynamics; softbank-group acquired boston-dynamics" },
  { "Snowflake was in talks to buy a startup, but Databricks agreed to acquire it.", "" },
  /* making things for a company supplies it */
  { "TSMC manufactures chips for Nvidia and Apple.", "tsmc supplies apple; tsmc supplies nvidia" },
  { "OpenAI built a new model for coding.", "" },
  /* selling: the buyer acquired it; selling goods is no acquisition */
  { "Google sold Boston Dynamics to SoftBank in 2017.", "softbank-group acquired boston-dynamics" },
  { "SoftBank agreed to sell Arm to Nvidia.", "nvidia acquired arm-holdings (planned)" },
  { "Nvidia sells chips to Microsoft.", "nvidia supplies microsoft" },
  /* a person's English surname stands for the full name the document gave */
  { "Alexandr Wang spoke. Scale AI, which Wang founded in 2016 with Lucy Guo, grew.",
    "alexandr-wang founded scale-ai; lucy-guo founded scale-ai" },
  { "Scale AI, which Wang founded, grew.", "" },
  /* "PERSON, the ORG TITLE" */
  { "Jensen Huang, the Nvidia chief executive, spoke.", "jensen-huang leads nvidia" },
  /* "whose": a company's product, or the holder of its title */
  { "Users also ask OpenAI, whose ChatGPT answers questions.", "openai developed chatgpt" },
  { "G42, whose chief executive is Peng Xiao, sold its stake.", "peng-xiao leads g42" },
  { "Nvidia, whose shares rose, said nothing.", "" },
  /* a maker's list of one product line, not of others */
  { "Cohere's Command R and Command R+ are popular.",
    "cohere developed command-r; cohere developed command-r-plus; command-r-plus partOf command-r" },
  { "Meta's Llama 3 and Mixtral are open models.", "meta developed llama-3" },
  /* "taking part"; a description between "by the" and the name; a
   * company's fund ("AMD Ventures") is a company of its own */
  { "Cohere raised $500 million in a round led by the Canadian pension fund PSP Investments, "
    "with Cisco and AMD Ventures also taking part.",
    "amd-ventures investedIn cohere; cisco investedIn cohere; psp-investments investedIn cohere" },
  /* taking part in something else is no investment */
  { "Microsoft got approval in May. Nvidia and AMD also took part in the talks.", "" },
  { "He left in 2022 to start Inflection with Karen Simonyan and LinkedIn co-founder Reid Hoffman.",
    "reid-hoffman founded linkedin" },
  /* an offer by its amount; a share owned */
  { "Microsoft offered about $20 billion for Anthropic.", "microsoft offeredToAcquire anthropic" },
  { "Nvidia owns roughly 6 percent of CoreWeave.", "nvidia owns coreweave" },
  /* those with whom it was done at the founding founded it too */
  { "그는 업스테이지 창업 당시 김성훈 대표와 함께 회사를 꾸렸다.",
    "kim-sung-hoon founded upstage; kim-sung-hoon leads upstage" },
  { "업스테이지 설립 당시 네이버와 협의했다.", "" },
  /* a cleft: "X를 만든 곳은 (설명) Y다" - Y made X; a copula after a name */
  { "xAI를 세운 주인공은 일론 머스크다.", "elon-musk founded xai" },
  { "인텔 가우디를 처음 만든 곳은 이스라엘 스타트업 하바나랩스다.", "habana-labs developed intel-gaudi" },
  { "오픈AI를 만든 곳은 샌프란시스코다.", "" },
  /* investment as a noun: "X 투자", "X에 대한 투자" */
  { "아마존은 앤트로픽에 대한 투자를 80억 달러로 늘렸다.", "amazon investedIn anthropic" },
  { "마이크로소프트의 오픈AI 투자는 130억 달러에 이른다.", "microsoft investedIn openai" },
  { "AI 투자는 늘었다.", "" },
  /* a share of a company (X 지분 N%를) is the company as the object */
  { "현대차그룹은 소프트뱅크그룹으로부터 보스턴 다이내믹스 지분 80%를 인수했다.",
    "hyundai-motor-group owns boston-dynamics" },
  { "메타는 스케일AI 지분 49%를 인수하는 데 143억 달러를 투자했다.", "meta owns scale-ai" },
  { "현대차그룹은 보스턴 다이내믹스를 인수했다.", "hyundai-motor-group acquired boston-dynamics" },
  /* a partner named a few words before the agreement; integrating */
  { "네이버는 삼성전자와 AI 반도체 개발을 위한 업무협약을 체결했다.",
    "naver partnerOf samsung-electronics" },
  { "애플은 아이폰에 챗GPT를 통합한다.", "iphone uses chatgpt" },
  { "마이크로소프트는 오픈AI 지분 49%를 갖고 있다.", "microsoft owns openai" },
  { "엔비디아는 H100 재고를 갖고 있다.", "" },
  /* a mutual verb before its head: "B와 경쟁하는 A는" */
  { "엔비디아와 시장에서 경쟁하는 AMD는 칩을 냈다.", "amd competesWith nvidia" },
  { "마이크로소프트와 협력하는 오픈AI는 모델을 냈다.", "microsoft partnerOf openai" },
  /* used (쓰이다, 사용되다) by the possessor or the 에 name */
  { "H100은 오픈AI의 GPT-4 학습에 사용됐다.", "openai developed gpt-4; openai uses nvidia-h100" },
  { "이 칩은 2024년에 사용됐다.", "" },
  /* a noun ending in 요 ends no clause ("주요 투자자다") */
  { "KT는 리벨리온의 주요 투자자다.", "kt investedIn rebellions" },
  /* a product named with 에 takes what is put in it */
  { "구글은 자사 스마트폰 픽셀 8에 제미나이 나노를 넣었다.",
    "google developed google-pixel-8; google-pixel-8 uses gemini-nano" },
  { "삼성전자는 갤럭시 AI를 담은 갤럭시 S24를 공개했다.",
    "samsung-electronics developed samsung-galaxy-s24; samsung-galaxy-s24 uses galaxy-ai" },
  /* ordering chips, training on them (로: the instrument) */
  { "바이두는 어센드 910B 1600개를 주문했다.", "baidu uses huawei-ascend-910b" },
  { "네이버클라우드는 가우디2로 하이퍼클로바X를 학습했다.", "naver-cloud uses intel-gaudi-2" },
  { "삼성전자는 새 공장에 공을 들였다.", "" },
  /* an appositive that names the maker: the maker made it, and is no
   * subject of the verb after it */
  { "ChatGPT, the OpenAI chatbot, runs on GPT-4o.",
    "chatgpt uses gpt-4o; openai developed chatgpt" },
  { "Gaudi 3, Intel's newest accelerator, was unveiled on Tuesday.",
    "intel developed intel-gaudi-3" },
  /* a plural is no possessive: "units designed by" is a passive */
  { "The models were trained on tensor processing units designed by Google.",
    "google developed tpu" },
  /* "its" is the subject's */
  { "Perplexity is growing. Its Sonar model is built on Meta's Llama 3.3.",
    "meta developed llama-3-3; perplexity developed sonar; sonar uses llama-3-3" },
  /* a sentence without a subject keeps the one before it */
  { "xAI raised $6 billion. Earlier backers include Fidelity. The company uses H100 chips.",
    "fidelity investedIn xai; xai uses nvidia-h100" },
  { "OpenAI, led by chief executive Sam Altman, uses Nvidia's chips.",
    "openai uses nvidia; sam-altman leads openai" },
  { "Masayoshi Son, SoftBank's founder and chief executive, spoke.",
    "masayoshi-son founded softbank-group; masayoshi-son leads softbank-group" },
  { "Satya Nadella replaced Steve Ballmer as Microsoft's chief executive.",
    "satya-nadella leads microsoft" },
  { "Databricks grew fast. Its fiercest rival is Snowflake.", "databricks competesWith snowflake" },
  { "Nvidia agreed in 2020 to buy Arm for $40 billion.", "nvidia offeredToAcquire arm-holdings" },
  { "Inflection AI, which built the Pi chatbot and the Inflection-2.5 model, spoke.",
    "inflection-ai developed inflection-2-5; inflection-ai developed inflection-pi" },
  { "The team built DBRX, an open language model that Databricks released in March.",
    "databricks developed dbrx" },
  { "Developers moved to GitHub, the code site Microsoft acquired in 2018.",
    "microsoft acquired github" },
  { "Tahnoon chairs MGX, an investment firm founded in March by G42 and Mubadala.",
    "g42 founded mgx; mubadala founded mgx" },
  { "Microsoft hired Mustafa Suleyman to lead a new division called Microsoft AI.",
    "microsoft-ai partOf microsoft; mustafa-suleyman leads microsoft-ai; mustafa-suleyman worksAt "
    "microsoft" },
};

static KgExtractor *
extractor (void)
{
  static KgLexicon *lex = NULL;
  static KgExtractor *ex = NULL;
  if (ex == NULL)
    {
      g_autoptr (GError) error = NULL;
      lex = kg_lexicon_new_default (&error);
      g_assert_no_error (error);
      ex = kg_extractor_new (lex, NULL, &error);
      g_assert_no_error (error);
    }
  return ex;
}

static void
dump (KgRelation *r, gpointer user_data)
{
  GString *s = user_data;
  if (s->len > 0)
    g_string_append (s, "; ");
  g_string_append_printf (s, "%s %s %s", kg_entity_get_id (kg_relation_get_subject (r)),
                          kg_predicate_name (kg_relation_get_predicate (r)),
                          kg_entity_get_id (kg_relation_get_object (r)));
  if (kg_relation_get_status (r) != KG_STATUS_STATED)
    g_string_append_printf (s, " (%s)", kg_status_name (kg_relation_get_status (r)));
}

static KgGraph *
run (const char *text)
{
  return kg_extractor_run (extractor (), "test.txt", text, strlen (text));
}

static void
test_case (gconstpointer data)
{
  const RelCase *c = data;
  g_autoptr (KgGraph) g = run (c->text);
  g_autoptr (GError) error = NULL;
  g_assert_true (kg_graph_check (g, &error));
  GString *s = g_string_new (NULL);
  kg_graph_foreach_relation (g, dump, s);
  g_assert_cmpstr (s->str, ==, c->expected);
  g_string_free (s, TRUE);
}

static void
qual (KgRelation *r, gpointer user_data)
{
  GString *s = user_data;
  const KgEvidence *ev = kg_relation_get_evidence (r, 0);
  for (guint i = 0; i < ev->n_qualifiers; i++)
    {
      const KgQualifier *q = &ev->qualifiers[i];
      g_string_append_printf (s, "%s%s=%s%s%s", s->len ? "; " : "", kg_qualifier_kind_name (q->kind),
                              q->value, q->unit ? " " : "", q->unit ? q->unit : "");
    }
}

/* The qualifiers of the relations of \p text, "kind=value unit" joined. */
static char *
qualifiers_of (const char *text)
{
  g_autoptr (KgGraph) g = run (text);
  GString *s = g_string_new (NULL);
  g_assert_cmpuint (kg_graph_n_relations (g), >=, 1);
  kg_graph_foreach_relation (g, qual, s);
  return g_string_free (s, FALSE);
}

typedef struct {
  const char *text;
  const char *expected;
} QualCase;

static const QualCase qual_cases[] = {
  { "일론 머스크는 2015년 12월 오픈AI를 설립했다.", "date=2015-12" },
  { "일론 머스크는 2024년 2월 29일 오픈AI를 고소했다.", "date=2024-02-29" },
  { "일론 머스크는 오픈AI에 974억 달러(약 141조 원) 규모의 인수 제안을 했다.",
    "money=97400000000 USD; money=141000000000000 KRW" },
  { "머스크는 2022년 트위터를 440억달러에 인수했다.", "date=2022; money=44000000000 USD" },
  { "샘 올트먼은 트위터를 97억 4천만 달러에 사겠다고 했다.", "money=9740000000 USD" },
  { "머스크는 오픈AI에 5000만달러를 투자했다.", "money=50000000 USD" },
  { "xAI는 H100 10만개를 사용한다.", "quantity=100000 units" },
  { "Microsoft invested $13 billion in OpenAI in 2023.", "date=2023; money=13000000000 USD" },
  { "Elon Musk founded xAI in March 2023.", "date=2023-03" },
};

static void
test_qualifiers (gconstpointer data)
{
  const QualCase *c = data;
  g_autofree char *got = qualifiers_of (c->text);
  g_assert_cmpstr (got, ==, c->expected);
}

/* "지난해 11월" needs the article's own date, which its stamp gives. */
static void
test_relative_date (void)
{
  const char *text = "입력 2025.02.22 10:00\n\n머스크는 지난해 11월 오픈AI를 고소했다.";
  g_autofree char *got = qualifiers_of (text);
  g_assert_cmpstr (got, ==, "date=2024-11");
}

/* Evidence: the sentence and its byte offsets in the document. */
static void
test_evidence (void)
{
  const char *text = "첫 문장이다. 일론 머스크는 xAI를 설립했다. 끝.";
  g_autoptr (KgGraph) g = run (text);
  KgRelation *r = kg_graph_lookup_relation (g, "elon-musk", KG_PRED_FOUNDED, "xai");
  g_assert_nonnull (r);
  const KgEvidence *ev = kg_relation_get_evidence (r, 0);
  g_assert_cmpstr (ev->document, ==, "test.txt");
  g_assert_cmpstr (ev->sentence, ==, "일론 머스크는 xAI를 설립했다.");
  g_assert_cmpuint (ev->end - ev->start, ==, strlen (ev->sentence));
  g_assert_true (memcmp (text + ev->start, ev->sentence, strlen (ev->sentence)) == 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/relations/%02u", i);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  for (guint i = 0; i < G_N_ELEMENTS (qual_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/qualifiers/%02u", i);
      g_test_add_data_func (path, &qual_cases[i], test_qualifiers);
    }
  g_test_add_func ("/qualifiers/relative-date", test_relative_date);
  g_test_add_func ("/evidence/offsets", test_evidence);
  return g_test_run ();
}
