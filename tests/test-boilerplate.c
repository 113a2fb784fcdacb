/* SPDX-License-Identifier: MIT */
/* test-boilerplate.c: the boilerplate pass, one table row per form of page
 * furniture (Korean and English) that must be skipped, and rows of article
 * prose that must stay.  Lines are our own, not from the seed articles. */
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "extract-private.h"

static KgBoilerplate *boilerplate;
static guint failures;

/* Reports every failing row of a table, then fails once. */
#define FAIL_ROW(...) (fprintf (stderr, __VA_ARGS__), fputc (10, stderr), failures++)
#define CHECK_ROWS() \
  G_STMT_START { guint n_ = failures; failures = 0; g_assert_cmpuint (n_, ==, 0); } G_STMT_END

/* Runs the pass over @text; returns the skip spans. */
static GArray *
run (const char *text)
{
  KgExtractor ex = { .boilerplate = boilerplate };
  KgDoc doc = { .extractor = &ex, .doc_id = "t", .text = text, .len = strlen (text),
                .skip = g_array_new (FALSE, FALSE, sizeof (KgSpan)) };
  kg_pass_boilerplate (&doc);
  for (guint i = 0; i < doc.skip->len; i++)
    {
      const KgSpan *s = &g_array_index (doc.skip, KgSpan, i);
      g_assert_cmpuint (s->start, <, s->end);
      g_assert_cmpuint (s->end, <=, doc.len);
      if (i > 0)
        g_assert_cmpuint (g_array_index (doc.skip, KgSpan, i - 1).end, <, s->start);
    }
  return doc.skip;
}

/* Bytes of @text inside skip spans. */
static gsize
skipped_bytes (const char *text)
{
  g_autoptr (GArray) skip = run (text);
  gsize n = 0;
  for (guint i = 0; i < skip->len; i++)
    n += g_array_index (skip, KgSpan, i).end - g_array_index (skip, KgSpan, i).start;
  return n;
}

/* Whole lines of furniture: every non-blank byte is skipped. */
static const char *const furniture[] = {
  "Copyright © 한빛일보. 무단전재 및 재배포 금지.",
  "ⓒ 2024 테크리뷰 All rights reserved",
  "저작권자 © 미래경제 무단 전재-재배포, AI 학습 및 활용 금지",
  "Copyright 2025 Example Media Group. All Rights Reserved.",
  "© 2023 The Daily Circuit",
  "지금 구독하고 매주 AI 소식을 받아보세요",
  "무료 구독 신청",
  "수신거부 Unsubscribe",
  "Sign up for our weekly AI newsletter",
  "Subscribe to The Circuit",
  "이번 주 뉴스레터는 어떠셨나요?",
  "광고 문의 ads@example.kr",
  "제휴 문의 | 기사 제보",
  "공유하기",
  "글자크기 설정",
  "번역beta Translated by kakao i",
  "댓글 3",
  "좋아요 12",
  "의견을 남겨주세요",
  "관련 기사",
  "Share",
  "Advertisement",
  "사업자번호: 123-45-67890 | 통신판매업 신고: 제2024-서울강남-0000호",
  "(주)예시미디어 대표자: 홍길동 | 서울특별시 강남구 테헤란로 123, 4층",
  "서울 마포구 월드컵북로 400 5층",
  "청소년보호책임자: 김영희",
  "박서준 기자 sjpark@example.co.kr",
  "이하늘 특파원",
  "최민수 IT 칼럼니스트",
  "By Jane Whitfield and Tom Okafor",
  "Reporting by Ana Lima; Editing by Mark Hale",
  "입력 2024.05.03 09:12",
  "테크톡 2024. 7. 1. 06:30",
  "2025.01.15 |",
  "[국제 뉴스]",
  "김민재 대표가 발표하고 있다. 로이터연합뉴스",
  "데이터센터 내부 모습. 게티이미지뱅크",
  "AFP연합뉴스",
  "로이터 제공",
  "새 로봇 시제품. 위키피디아",
  "발표회 현장 모습. 하이테크랩",
  "Jensen Lin at the keynote. Getty Images",
  "로열카지노",
  "제우스카지노 다온토토 에이스 바카라 선셋슬롯",
  "문의: hello@newsroom.example.com",
  "https://example.com/articles/1234",
  "www.example.org",
  "(예시) 가장 빠른 뉴스를 만나보세요.",
  "이 기사를 추천합니다. 카카오톡 공유",
  "페이스북 트위터 카카오톡 URL복사",
  "Share on Facebook Share on X Share on LinkedIn",
  "Facebook | X | LinkedIn | Email | Print",
  "[관련기사]",
  "많이 본 뉴스",
  "Most read",
};

static void
test_furniture (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (furniture); i++)
    {
      const char *line = furniture[i];
      g_autoptr (GArray) skip = run (line);
      gboolean whole = skip->len == 1 && g_array_index (skip, KgSpan, 0).start == 0
                       && g_array_index (skip, KgSpan, 0).end == strlen (line);
      if (!whole)
        FAIL_ROW ("not skipped whole: \"%s\" (%u spans)", line, skip->len);
    }
  CHECK_ROWS ();
}

/* Article prose that mentions the same words: nothing may be skipped. */
static const char *const prose[] = {
  "넷플릭스의 유료 구독자 수가 지난 분기 800만 명 늘었다.",
  "작가들은 오픈AI를 상대로 저작권 침해 소송을 제기했다.",
  "앤트로픽은 뉴스레터를 통해 새 모델을 소개했다고 밝혔다.",
  "회사는 댓글 관리에 AI를 쓰기로 했다고 설명했다.",
  "The authors filed a copyright lawsuit against the company on Monday.",
  "Subscribers to the service grew 20% as the chatbot drew new users.",
  "The company said it would share the model weights with researchers.",
  "엔비디아는 서울 강남구 테헤란로에 연구소를 열었다고 밝혔다.",
  "카지노 업계도 AI 도입을 검토하고 있다.",
  "김철수 대표는 \"AI 반도체 수요가 크게 늘 것\"이라고 말했다.",
  "이 회사는 2024년 3월 새 칩을 공개했다.",
  "구글 딥마인드는 새 모델 제미나이를 공개했다. 구글은 이를 검색에 쓴다.",
  "Nvidia chief executive Jensen Huang said demand was strong.",
  "MS 소프트웨어 엔지니어인 셰인 존스는 FTC에 서한을 보냈다.",
  "페이스북과 트위터는 새 정책을 발표했다.",
  "Facebook and LinkedIn said they would label AI images.",
  "관련 기사를 쓴 기자는 오픈AI의 발표를 인용했다.",
};

static void
test_prose (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (prose); i++)
    if (skipped_bytes (prose[i]) != 0)
      FAIL_ROW ("prose skipped: \"%s\"", prose[i]);
  CHECK_ROWS ();
}

typedef struct {
  const char *text;
  const char *kept;    /* a part that must stay */
  const char *skipped; /* a part that must be skipped */
} SpanCase;

static const SpanCase spans[] = {
  { "자세한 내용은 info@lab.example.ai 로 문의하라고 회사는 밝혔다.", "회사는 밝혔다",
    "info@lab.example.ai" },
  { "발표 자료는 https://example.com/ai 에서 볼 수 있다고 회사는 밝혔다.", "회사는 밝혔다",
    "https://example.com/ai" },
  { "[서울=한빛통신] 박서준 기자 = 삼성전자가 새 칩을 공개했다.", "삼성전자가 새 칩을",
    "박서준 기자 =" },
  { "(샌프란시스코=미래일보) 오픈AI가 새 모델을 공개했다.", "오픈AI가", "(샌프란시스코=미래일보)" },
  { "새 슈퍼컴퓨터가 공개됐다 (사진=한빛일보 DB)", "새 슈퍼컴퓨터가", "사진=한빛일보 DB" },
  /* a long caption keeps its text and loses only the credit */
  { "젠슨 황 엔비디아 CEO가 지난 3월 미국 새너제이에서 열린 개발자 행사에서 새 GPU를 소개하며 "
    "청중에게 손을 흔들고 있다. AFP 제공",
    "젠슨 황 엔비디아 CEO가", "AFP 제공" },
  { "대화형 AI의 미래 [AI 리뷰]", "대화형 AI의 미래", "[AI 리뷰]" },
  { "문의 전화 02-123-4567 로 하면 된다고 회사는 밝혔다.", "회사는 밝혔다", "02-123-4567" },
  /* the headlines under a heading of related articles, up to a blank or prose line */
  { "본문이다.\n관련기사\n- 엔비디아, 새 칩 공개\n· 삼성, HBM 공급 확대\n\n다음 문단이다.",
    "다음 문단이다", "삼성, HBM 공급 확대" },
  { "Body.\nRelated articles\nOpenAI signs deal with Oracle\nThe company said on Monday that it "
    "would hire more staff in Seoul.",
    "would hire more staff", "OpenAI signs deal with Oracle" },
};

static gboolean
covered (GArray *skip, gsize start, gsize end)
{
  for (guint i = 0; i < skip->len; i++)
    {
      const KgSpan *s = &g_array_index (skip, KgSpan, i);
      if (s->start <= start && end <= s->end)
        return TRUE;
    }
  return FALSE;
}

static gboolean
touched (GArray *skip, gsize start, gsize end)
{
  for (guint i = 0; i < skip->len; i++)
    {
      const KgSpan *s = &g_array_index (skip, KgSpan, i);
      if (s->start < end && start < s->end)
        return TRUE;
    }
  return FALSE;
}

static void
test_spans (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      const SpanCase *c = &spans[i];
      g_autoptr (GArray) skip = run (c->text);
      gsize k = strstr (c->text, c->kept) - c->text;
      gsize s = strstr (c->text, c->skipped) - c->text;
      if (touched (skip, k, k + strlen (c->kept)))
        FAIL_ROW ("\"%s\" skipped in: %s", c->kept, c->text);
      if (!covered (skip, s, s + strlen (c->skipped)))
        FAIL_ROW ("\"%s\" not skipped in: %s", c->skipped, c->text);
    }
  CHECK_ROWS ();
}

/* The tail after a copyright line goes when it is short lines only. */
static void
test_tail (void)
{
  const char *page = "오픈AI는 새 모델을 공개했다고 밝혔다.\n"
                     "Copyright © 한빛일보. 무단전재 금지.\n"
                     "많이 읽은 기사\n"
                     "한빛미디어 소개\n"
                     "매일 아침 새 소식을 전합니다\n";
  g_autoptr (GArray) skip = run (page);
  gsize body = strchr (page, '\n') - page;
  g_assert_false (touched (skip, 0, body));
  g_assert_true (covered (skip, strstr (page, "Copyright") - page, strlen (page) - 1));

  /* a long paragraph after the copyright line keeps the tail */
  const char *page2 = "Copyright © 한빛일보.\n"
                      "메모\n"
                      "삼성전자는 새 고대역폭 메모리를 올해 하반기부터 양산해 엔비디아에 공급할 "
                      "계획이라고 밝혔으며 업계는 이를 긍정적으로 평가했다.\n";
  g_autoptr (GArray) skip2 = run (page2);
  gsize memo = strstr (page2, "메모") - page2;
  g_assert_false (touched (skip2, memo, memo + strlen ("메모")));
}

/* A user file replaces the embedded forms; a bad regex is an error. */
static void
test_load_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kg-bp-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "boilerplate.json", NULL);
  g_assert_true (g_file_set_contents (path, "{\"spans\":[{\"pattern\":\"([\"}]}", -1, NULL));
  g_autoptr (GError) error = NULL;
  KgBoilerplate *b = kg_boilerplate_new (dir, &error);
  g_assert_null (b);
  g_assert_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES);
  g_assert_nonnull (strstr (error->message, "boilerplate.json"));
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (path, "{\"spans\": [", -1, NULL));
  g_assert_null (kg_boilerplate_new (dir, &error));
  g_assert_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_autoptr (GError) error = NULL;
  boilerplate = kg_boilerplate_new (NULL, &error);
  g_assert_no_error (error);
  g_test_add_func ("/boilerplate/furniture", test_furniture);
  g_test_add_func ("/boilerplate/prose", test_prose);
  g_test_add_func ("/boilerplate/spans", test_spans);
  g_test_add_func ("/boilerplate/tail", test_tail);
  g_test_add_func ("/boilerplate/load-errors", test_load_errors);
  int rc = g_test_run ();
  kg_boilerplate_free (boilerplate);
  return rc;
}
