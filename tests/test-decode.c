/* SPDX-License-Identifier: MIT */
/* test-decode.c: kg_document_decode() (encodings, binary files, newlines,
 * NFC) and the sentence splitter, each as a table of cases. */
#include <string.h>

#include "extract-private.h"

typedef struct
{
  const char *bytes;
  gsize len;        /* 0: strlen (bytes) */
  const char *text; /* expected text, or NULL for an error */
  int code;         /* expected KG_EXTRACT_ERROR_* when text is NULL */
  const char *message;
} DecodeCase;

#define BIN(s) s, sizeof (s) - 1

static const DecodeCase decode_cases[] = {
  { "삼성전자와 OpenAI", 0, "삼성전자와 OpenAI", 0, NULL },
  { "\xef\xbb\xbf가나다", 0, "가나다", 0, NULL },
  { "a\r\nb\rc\n", 0, "a\nb\nc\n", 0, NULL },
  { "\xe1\x84\x80\xe1\x85\xa1 caf\x65\xcc\x81", 0, "가 café", 0, NULL },
  { BIN ("\xff\xfe"
         "A\0\x00\xac"),
    "A가", 0, NULL },
  { BIN ("abc\0def"), NULL, KG_EXTRACT_ERROR_BINARY, "f.txt: binary file (NUL byte at offset 3)" },
  { "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", 0, NULL, KG_EXTRACT_ERROR_BINARY, "f.txt: binary file (PDF)" },
  { BIN ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), NULL, KG_EXTRACT_ERROR_BINARY,
    "f.txt: binary file (PNG)" },
  { BIN ("\x1f\x8b\x08\0"), NULL, KG_EXTRACT_ERROR_BINARY, "f.txt: binary file (gzip)" },
  { "PK\x03\x04rest", 0, NULL, KG_EXTRACT_ERROR_BINARY, "f.txt: binary file (ZIP)" },
  { "abc\xc3\x28 def", 0, NULL, KG_EXTRACT_ERROR_ENCODING,
    "f.txt: neither UTF-8 nor CP949 (invalid byte 0xc3 at offset 3)" },
  { "", 0, NULL, KG_EXTRACT_ERROR_EMPTY, "f.txt: no text" },
  { " \n\t\r\n ", 0, NULL, KG_EXTRACT_ERROR_EMPTY, "f.txt: no text" },
  { "\xef\xbb\xbf", 0, NULL, KG_EXTRACT_ERROR_EMPTY, "f.txt: no text" },
};

static void
test_decode_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (decode_cases); i++)
    {
      const DecodeCase *c = &decode_cases[i];
      gsize len = c->len ? c->len : strlen (c->bytes), out_len = 0;
      g_autoptr (GError) error = NULL;
      g_autofree char *text
          = kg_document_decode ("f.txt", (const guint8 *)c->bytes, len, &out_len, &error);
      g_test_message ("case %u", i);
      if (c->text != NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpstr (text, ==, c->text);
          g_assert_cmpuint (out_len, ==, strlen (c->text));
        }
      else
        {
          g_assert_null (text);
          g_assert_error (error, KG_EXTRACT_ERROR, c->code);
          g_assert_cmpstr (error->message, ==, c->message);
        }
    }
}

static void
test_decode_cp949 (void)
{
  const char *korean = "엔비디아는 HBM을 SK하이닉스에서 산다.\r\n두 번째 줄.";
  gsize n = 0;
  g_autofree char *cp949 = g_convert (korean, -1, "CP949", "UTF-8", NULL, &n, NULL);
  g_assert_nonnull (cp949);
  g_assert_false (g_utf8_validate (cp949, n, NULL));
  gsize out_len = 0;
  g_autoptr (GError) error = NULL;
  g_autofree char *text
      = kg_document_decode ("old.txt", (const guint8 *)cp949, n, &out_len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "엔비디아는 HBM을 SK하이닉스에서 산다.\n두 번째 줄.");
}

static void
test_decode_large_nfd (void)
{
  /* NFD spread over more than one normalisation chunk: every 가 composed. */
  GString *s = g_string_new (NULL);
  while (s->len < 300 * 1024)
    g_string_append (s, "\xe1\x84\x80\xe1\x85\xa1 x\xcc\x81 ");
  gsize out_len = 0;
  g_autofree char *text
      = kg_document_decode ("big.txt", (const guint8 *)s->str, s->len, &out_len, NULL);
  g_assert_nonnull (text);
  g_assert_null (strstr (text, "\xe1\x84\x80"));
  g_assert_cmpuint (out_len, ==, s->len / 11 * 8); /* 11 bytes of NFD -> 8 of NFC */
  g_string_free (s, TRUE);
}

static void
test_decode_boundaries (void)
{
  /* What the piecewise NFC relies on, checked over all of Unicode: a
   * boundary is a starter, NFC leaves it alone, and no composition has it
   * as its second half. */
  for (gunichar c = 0; c < 0x110000; c++)
    {
      gunichar a, b;
      if (g_unichar_decompose (c, &a, &b) && b != 0)
        g_assert_false (kg_text_is_nfc_boundary (b));
      if (c == 0 || !kg_text_is_nfc_boundary (c))
        continue;
      g_assert_cmpint (g_unichar_combining_class (c), ==, 0);
      char buf[8];
      int n = g_unichar_to_utf8 (c, buf);
      g_autofree char *nfc = g_utf8_normalize (buf, n, G_NORMALIZE_NFC);
      g_assert_cmpmem (nfc, strlen (nfc), buf, n);
    }
  g_assert_true (kg_text_is_nfc_boundary ('e'));
  g_assert_true (kg_text_is_nfc_boundary (0xAC00));  /* 가 */
  g_assert_true (kg_text_is_nfc_boundary (0x201C));  /* left double quote */
  g_assert_false (kg_text_is_nfc_boundary (0x0301)); /* combining acute */
  g_assert_false (kg_text_is_nfc_boundary (0x11A8)); /* trailing jamo */
  g_assert_false (kg_text_is_nfc_boundary (0x2126)); /* ohm sign -> omega */
}

static void
test_decode_random_nfc (void)
{
  /* Random text of the characters NFC cares about: the decoded text is
   * exactly what g_utf8_normalize gives for the whole. */
  static const gunichar pool[]
      = { 'a', 'e', ' ', '.', 0xAC00, 0xAC01, 0xB098, 0x1100, 0x1161, 0x11A8, 0x0301, 0x0300,
          0x0323, 0x0327, 0x00E9, 0x2126, 0x212B, 0x0958, 0x201C, 0x00B7, 0x3131, 0x1F600,
          0x0344, 0x0F73, 0x30AB, 0x3099, 0xFF76, 0x05B0, 0x0591 };
  GRand *rand = g_rand_new_with_seed (7);
  for (guint round = 0; round < 2000; round++)
    {
      GString *s = g_string_new ("x");
      guint n = g_rand_int_range (rand, 1, 40);
      for (guint i = 0; i < n; i++)
        g_string_append_unichar (s, pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (pool))]);
      gsize out_len = 0;
      g_autofree char *text
          = kg_document_decode ("r.txt", (const guint8 *)s->str, s->len, &out_len, NULL);
      g_autofree char *want = g_utf8_normalize (s->str, s->len, G_NORMALIZE_NFC);
      g_assert_nonnull (text);
      g_assert_cmpmem (text, out_len, want, strlen (want));
      g_assert_cmpint (text[out_len], ==, '\0');
      g_string_free (s, TRUE);
    }
  g_rand_free (rand);
}

/* ---- sentences ---- */

typedef struct
{
  const char *text;
  const char *sentences; /* joined with " | " */
} SentenceCase;

static const SentenceCase sentence_cases[] = {
  { "OpenAI는 매출이 1.5배 늘었다. 구글도 그렇다.",
    "OpenAI는 매출이 1.5배 늘었다. | 구글도 그렇다." },
  { "The U.S. market grew 3.2%. Apple Inc. sued Mr. Kim vs. Lee! Really?",
    "The U.S. market grew 3.2%. | Apple Inc. sued Mr. Kim vs. Lee! | Really?" },
  { "J. Smith met H. Lee at 9 a.m. today. Then they left.",
    "J. Smith met H. Lee at 9 a.m. today. | Then they left." },
  { "그는 \"좋다.\" 하고 떠났다. 정말 그랬을까? 그렇다.",
    "그는 \"좋다.\" | 하고 떠났다. | 정말 그랬을까? | 그렇다." },
  { "그는 “좋다.”고 말했다. 끝이다", "그는 “좋다.”고 말했다. | 끝이다" },
  { "투자했다.그러나 실패했다", "투자했다. | 그러나 실패했다" },
  { "# 제목\n- 첫째 항목\n• 둘째 항목\n\n  ▶ 셋째\nㅇ 넷째\n본문이다",
    "제목 | 첫째 항목 | 둘째 항목 | 셋째 | 넷째 | 본문이다" },
  { "Wow… 정말요? 네요. 中文。日本語", "Wow… | 정말요? | 네요. | 中文。 | 日本語" },
  { "버전 2.0.1 출시, 가격은 $3.50이다", "버전 2.0.1 출시, 가격은 $3.50이다" },
  { "  \n\n ---\n", "" },
};

static char *
split (const char *text, const KgSpan *skip)
{
  KgDoc doc = { .text = text,
                .len = strlen (text),
                .skip = g_array_new (FALSE, FALSE, sizeof (KgSpan)),
                .sentences = g_array_new (FALSE, FALSE, sizeof (KgSentence)) };
  if (skip != NULL)
    g_array_append_val (doc.skip, *skip);
  kg_pass_sentences (&doc);
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < doc.sentences->len; i++)
    {
      const KgSentence *x = &g_array_index (doc.sentences, KgSentence, i);
      g_string_append_printf (s, "%s%.*s", i ? " | " : "", (int)(x->end - x->start),
                              text + x->start);
    }
  g_array_unref (doc.skip);
  g_array_unref (doc.sentences);
  return g_string_free (s, FALSE);
}

static void
test_sentence_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sentence_cases); i++)
    {
      g_autofree char *got = split (sentence_cases[i].text, NULL);
      if (g_strcmp0 (got, sentence_cases[i].sentences) != 0)
        g_error ("case %u: got \"%s\", want \"%s\"", i, got, sentence_cases[i].sentences);
    }
}

static void
test_sentence_skip (void)
{
  const char *text = "앞 문장이다. 구독하기 광고 문구 뒤 문장이다.";
  const char *ad = strstr (text, "구독하기");
  KgSpan skip = { ad - text, strstr (text, "뒤") - text };
  g_autofree char *got = split (text, &skip);
  g_assert_cmpstr (got, ==, "앞 문장이다. | 뒤 문장이다.");
}

static void
test_sentence_cap (void)
{
  /* No full stop in 1 MB: sentences are cut at a space, at most 2 KB each,
   * and together they keep every word. */
  static const char *const units[] = { "가나다라 ", "abcdefghijklmnopqrstuvwxyz" };
  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      GString *s = g_string_new (NULL);
      while (s->len < 1 << 20)
        g_string_append (s, units[u]);
      KgDoc doc = { .text = s->str,
                    .len = s->len,
                    .skip = g_array_new (FALSE, FALSE, sizeof (KgSpan)),
                    .sentences = g_array_new (FALSE, FALSE, sizeof (KgSentence)) };
      kg_pass_sentences (&doc);
      g_assert_cmpuint (doc.sentences->len, >, 500);
      gsize covered = 0;
      for (guint i = 0; i < doc.sentences->len; i++)
        {
          const KgSentence *x = &g_array_index (doc.sentences, KgSentence, i);
          g_assert_cmpuint (x->end - x->start, <=, 2048 + 32);
          g_assert_true (g_utf8_validate (s->str + x->start, x->end - x->start, NULL));
          if (u == 0)
            g_assert_true (g_str_has_prefix (s->str + x->start, "가나다라"));
          covered += x->end - x->start;
        }
      g_assert_cmpuint (covered, >=, s->len * 9 / 10);
      g_array_unref (doc.skip);
      g_array_unref (doc.sentences);
      g_string_free (s, TRUE);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/decode/table", test_decode_table);
  g_test_add_func ("/decode/cp949", test_decode_cp949);
  g_test_add_func ("/decode/large-nfd", test_decode_large_nfd);
  g_test_add_func ("/decode/boundaries", test_decode_boundaries);
  g_test_add_func ("/decode/random-nfc", test_decode_random_nfc);
  g_test_add_func ("/sentences/table", test_sentence_table);
  g_test_add_func ("/sentences/skip", test_sentence_skip);
  g_test_add_func ("/sentences/cap", test_sentence_cap);
  return g_test_run ();
}
