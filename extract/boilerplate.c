/* SPDX-License-Identifier: MIT */
/* boilerplate.c: marks page furniture (e-mail, URLs, bylines, copyright,
 * subscription, share and ad lines, photo credits, casino spam, lists of
 * related headlines, the short tail after a copyright line) as skip spans,
 * by form.  The forms are the
 * regexes of data/boilerplate.json, compiled once; the pass reads each line
 * once, then runs the span regexes over the whole text, and finally sorts
 * and merges the spans.  The text itself is never changed.  One prefilter
 * scan of the text (prefilter.c) tells which lines a form cannot match, so
 * most lines cost no regex at all. */
#include <jansson.h>
#include <string.h>

#include "extract-private.h"
#include "kg-data.h"
#include "prefilter.h"

typedef struct {
  char *name;
  GRegex *regex;
  guint max_chars;
  gboolean weak; /* needs a line that does not read as article prose */
} LineClass;

struct _KgBoilerplate {
  GPtrArray *spans; /* GRegex* */
  GArray *lines;    /* LineClass */
  GRegex *prose_end, *reader, *credit, *caption;
  GRegex *list_heading;  /* a heading of related or most-read articles */
  guint list_item_chars; /* the longest headline under it */
  gboolean debug;        /* KG_DEBUG_BOILERPLATE is set */
  /* The spans, the line classes, credit and caption, in this order. */
  KgPrefilter *prefilter;
  guint credit_line_chars;
  GPtrArray *spam_suffixes; /* char* */
  double spam_share;
  guint tail_chars;
};

static void
line_class_clear (gpointer data)
{
  LineClass *c = data;
  g_free (c->name);
  g_clear_pointer (&c->regex, g_regex_unref);
}

void
kg_boilerplate_free (KgBoilerplate *b)
{
  if (b == NULL)
    return;
  g_clear_pointer (&b->spans, g_ptr_array_unref);
  g_clear_pointer (&b->lines, g_array_unref);
  g_clear_pointer (&b->prose_end, g_regex_unref);
  g_clear_pointer (&b->reader, g_regex_unref);
  g_clear_pointer (&b->credit, g_regex_unref);
  g_clear_pointer (&b->caption, g_regex_unref);
  g_clear_pointer (&b->list_heading, g_regex_unref);
  g_clear_pointer (&b->spam_suffixes, g_ptr_array_unref);
  g_clear_pointer (&b->prefilter, kg_prefilter_free);
  g_free (b);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KgBoilerplate, kg_boilerplate_free)

static GRegex *
compile (json_t *obj, const char *key, const char *what, GRegexCompileFlags extra, GError **error)
{
  const char *pattern = json_string_value (json_object_get (obj, key));
  if (pattern == NULL)
    {
      g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES, "%s: no string \"%s\"", what,
                   key);
      return NULL;
    }
  g_autoptr (GError) local = NULL;
  GRegex *re = g_regex_new (pattern, G_REGEX_OPTIMIZE | extra, 0, &local);
  if (re == NULL)
    g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES, "%s: %s", what, local->message);
  return re;
}

static gboolean
load_spans (KgBoilerplate *b, json_t *root, GError **error)
{
  size_t i;
  json_t *v;
  json_array_foreach (json_object_get (root, "spans"), i, v)
    {
      GRegex *re = compile (v, "pattern", "spans", G_REGEX_MULTILINE, error);
      if (re == NULL)
        return FALSE;
      g_ptr_array_add (b->spans, re);
    }
  return TRUE;
}

static void
build_prefilter (KgBoilerplate *b)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new ();
  g_ptr_array_extend (all, b->spans, NULL, NULL);
  for (guint i = 0; i < b->lines->len; i++)
    g_ptr_array_add (all, g_array_index (b->lines, LineClass, i).regex);
  g_ptr_array_add (all, b->credit);
  g_ptr_array_add (all, b->caption);
  b->prefilter = kg_prefilter_new ((GRegex *const *)all->pdata, all->len);
}

static gboolean
load_lines (KgBoilerplate *b, json_t *root, GError **error)
{
  size_t i;
  json_t *v;
  json_array_foreach (json_object_get (root, "lines"), i, v)
    {
      LineClass c = { 0 };
      const char *name = json_string_value (json_object_get (v, "name"));
      if ((c.regex = compile (v, "pattern", name ? name : "lines", 0, error)) == NULL)
        return FALSE;
      c.name = g_strdup (name ? name : "?");
      json_int_t max = json_integer_value (json_object_get (v, "max_chars"));
      c.max_chars = max > 0 ? (guint) max : 200;
      c.weak = json_is_true (json_object_get (v, "weak"));
      g_array_append_val (b->lines, c);
    }
  return TRUE;
}

static gboolean
load_rest (KgBoilerplate *b, json_t *root, GError **error)
{
  json_t *credits = json_object_get (root, "credits");
  json_t *spam = json_object_get (root, "spam");
  json_t *lists = json_object_get (root, "lists");
  if ((b->prose_end = compile (root, "prose_end", "prose_end", 0, error)) == NULL
      || (b->list_heading = compile (lists, "heading", "lists", 0, error)) == NULL
      || (b->reader = compile (root, "reader", "reader", 0, error)) == NULL
      || (b->credit = compile (credits, "pattern", "credits", 0, error)) == NULL
      || (b->caption = compile (credits, "caption", "credits", 0, error)) == NULL)
    return FALSE;
  json_int_t n = json_integer_value (json_object_get (credits, "credit_line_chars"));
  b->credit_line_chars = n > 0 ? (guint) n : 80;
  size_t i;
  json_t *v;
  json_array_foreach (json_object_get (spam, "suffixes"), i, v)
    if (json_string_value (v) != NULL && *json_string_value (v) != '\0')
      g_ptr_array_add (b->spam_suffixes, g_strdup (json_string_value (v)));
  b->spam_share = json_number_value (json_object_get (spam, "min_share"));
  if (b->spam_share <= 0)
    b->spam_share = 0.5;
  n = json_integer_value (json_object_get (lists, "item_max_chars"));
  b->list_item_chars = n > 0 ? (guint) n : 80;
  n = json_integer_value (json_object_get (json_object_get (root, "tail"), "max_chars"));
  b->tail_chars = n > 0 ? (guint) n : 60;
  return TRUE;
}

KgBoilerplate *
kg_boilerplate_new (const char *data_dir, GError **error)
{
  g_autoptr (GBytes) bytes = kg_data_get ("boilerplate.json", data_dir, error);
  if (bytes == NULL)
    return NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  json_error_t jerr;
  json_t *root = json_loadb (data, len, 0, &jerr);
  if (root == NULL || !json_is_object (root))
    {
      g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES,
                   "boilerplate.json:%d:%d: %s", jerr.line, jerr.column,
                   root == NULL ? jerr.text : "not a JSON object");
      json_decref (root);
      return NULL;
    }
  g_autoptr (KgBoilerplate) b = g_new0 (KgBoilerplate, 1);
  b->spans = g_ptr_array_new_with_free_func ((GDestroyNotify) g_regex_unref);
  b->lines = g_array_new (FALSE, TRUE, sizeof (LineClass));
  g_array_set_clear_func (b->lines, line_class_clear);
  b->spam_suffixes = g_ptr_array_new_with_free_func (g_free);
  gboolean ok = load_spans (b, root, error) && load_lines (b, root, error)
                && load_rest (b, root, error);
  b->debug = g_getenv ("KG_DEBUG_BOILERPLATE") != NULL;
  json_decref (root);
  if (!ok)
    {
      g_prefix_error (error, "boilerplate.json: ");
      return NULL;
    }
  build_prefilter (b);
  return g_steal_pointer (&b);
}

/* ---- the pass ---- */

static void
add_span (GArray *spans, gsize start, gsize end)
{
  if (end > start)
    {
      KgSpan s = { start, end };
      g_array_append_val (spans, s);
    }
}

static gboolean
match_in (const GRegex *re, const char *text, gsize start, gsize end, gsize *mstart,
          gsize *mend)
{
  g_autoptr (GMatchInfo) mi = NULL;
  if (!g_regex_match_full (re, text + start, end - start, 0, 0, &mi, NULL))
    return FALSE;
  int s = 0, e = 0;
  g_match_info_fetch_pos (mi, 0, &s, &e);
  if (mstart != NULL)
    *mstart = start + s;
  if (mend != NULL)
    *mend = start + e;
  return TRUE;
}

/* A line made mostly of words such as 골드시티카지노, 헤라카지노: words
 * split at spaces and tabs, read in place. */
static gboolean
is_spam (const KgBoilerplate *b, const char *text, gsize start, gsize end)
{
  if (b->spam_suffixes->len == 0)
    return FALSE;
  guint n = 0, spam = 0;
  for (gsize p = start; p < end;)
    {
      gsize w = p;
      while (p < end && text[p] != ' ' && text[p] != '\t')
        p++;
      gsize len = p - w;
      p++;
      if (len == 0)
        continue;
      n++;
      for (guint k = 0; k < b->spam_suffixes->len; k++)
        {
          const char *suffix = g_ptr_array_index (b->spam_suffixes, k);
          gsize sl = strlen (suffix);
          if (sl <= len && memcmp (text + w + len - sl, suffix, sl) == 0)
            {
              spam++;
              break;
            }
        }
    }
  return n > 0 && spam >= b->spam_share * n;
}

/* Does a weak class apply?  Page text, not a sentence of the article. */
static gboolean
reads_as_furniture (const KgBoilerplate *b, const char *text, gsize start, gsize end)
{
  return match_in (b->reader, text, start, end, NULL, NULL)
         || !match_in (b->prose_end, text, start, end, NULL, NULL);
}

/* The class name of the line [start, end), or NULL; photo credits may skip
 * just the credit of a long caption (added to @spans directly). */
static const char *
classify_line (const KgBoilerplate *b, const KgPrefilterHits *hits, const char *text, gsize start,
               gsize end, GArray *spans)
{
  guint chars = g_utf8_strlen (text + start, end - start);
  guint first = b->spans->len, credit = first + b->lines->len, caption = credit + 1;
  for (guint i = 0; i < b->lines->len; i++)
    {
      const LineClass *c = &g_array_index (b->lines, LineClass, i);
      if (chars <= c->max_chars && kg_prefilter_may_match (hits, first + i, start, end)
          && match_in (c->regex, text, start, end, NULL, NULL)
          && (!c->weak || reads_as_furniture (b, text, start, end)))
        return c->name;
    }
  if (is_spam (b, text, start, end))
    return "spam";
  gsize cs, ce;
  if (kg_prefilter_may_match (hits, credit, start, end)
      && match_in (b->credit, text, start, end, &cs, &ce))
    {
      if (chars <= b->credit_line_chars)
        return "credit";
      add_span (spans, cs, ce);
    }
  if (chars <= b->credit_line_chars && kg_prefilter_may_match (hits, caption, start, end)
      && match_in (b->caption, text, start, end, NULL, NULL))
    return "caption";
  return NULL;
}

static gboolean
is_blank (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF;
}

static void
trim (const char *text, gsize *start, gsize *end)
{
  while (*start < *end && is_blank (g_utf8_get_char (text + *start)))
    *start = g_utf8_next_char (text + *start) - text;
  while (*end > *start)
    {
      const char *prev = g_utf8_find_prev_char (text + *start, text + *end);
      if (prev == NULL || !is_blank (g_utf8_get_char (prev)))
        break;
      *end = prev - text;
    }
}

typedef struct {
  gsize start, end;
  gboolean skipped, copyright;
} Line;

/* After the last copyright line, a tail of short lines is page furniture. */
static void
skip_tail (const KgBoilerplate *b, const char *text, GArray *lines, GArray *spans)
{
  for (guint i = lines->len; i-- > 0;)
    {
      const Line *l = &g_array_index (lines, Line, i);
      if (l->copyright)
        {
          for (guint k = i + 1; k < lines->len; k++)
            {
              const Line *t = &g_array_index (lines, Line, k);
              if (!t->skipped && g_utf8_strlen (text + t->start, t->end - t->start) > b->tail_chars)
                return;
            }
          add_span (spans, l->end, g_array_index (lines, Line, lines->len - 1).end);
          return;
        }
    }
}

/* A headline under a heading of related articles: short, and not a
 * sentence of the article. */
static gboolean
is_list_item (const KgBoilerplate *b, const char *text, gsize start, gsize end)
{
  return g_utf8_strlen (text + start, end - start) <= b->list_item_chars
         && !match_in (b->prose_end, text, start, end, NULL, NULL);
}

static void
scan_lines (const KgBoilerplate *b, const KgPrefilterHits *hits, const KgDoc *doc, GArray *spans)
{
  g_autoptr (GArray) lines = g_array_new (FALSE, FALSE, sizeof (Line));
  gboolean in_list = FALSE;
  for (gsize pos = 0; pos < doc->len;)
    {
      const char *nl = memchr (doc->text + pos, '\n', doc->len - pos);
      gsize next = nl != NULL ? (gsize) (nl - doc->text) : doc->len;
      Line l = { pos, next, FALSE, FALSE };
      trim (doc->text, &l.start, &l.end);
      pos = next + 1;
      if (l.end == l.start)
        {
          in_list = FALSE;
          continue;
        }
      const char *cls = classify_line (b, hits, doc->text, l.start, l.end, spans);
      if (match_in (b->list_heading, doc->text, l.start, l.end, NULL, NULL))
        cls = "list", in_list = TRUE;
      else if (in_list && is_list_item (b, doc->text, l.start, l.end))
        cls = cls != NULL ? cls : "list";
      else if (cls == NULL)
        in_list = FALSE;
      if (cls != NULL && b->debug)
        g_debug ("boilerplate: %s: %.*s", cls, (int) (l.end - l.start), doc->text + l.start);
      if (cls != NULL)
        {
          l.skipped = TRUE;
          l.copyright = strcmp (cls, "copyright") == 0;
          add_span (spans, l.start, l.end);
        }
      g_array_append_val (lines, l);
    }
  skip_tail (b, doc->text, lines, spans);
}

static void
scan_spans (const KgBoilerplate *b, const KgPrefilterHits *hits, const KgDoc *doc, GArray *spans)
{
  for (guint i = 0; i < b->spans->len; i++)
    {
      if (!kg_prefilter_may_match (hits, i, 0, doc->len))
        continue;
      g_autoptr (GMatchInfo) mi = NULL;
      g_regex_match_full (g_ptr_array_index (b->spans, i), doc->text, doc->len, 0, 0, &mi, NULL);
      for (; g_match_info_matches (mi); g_match_info_next (mi, NULL))
        {
          int s, e;
          g_match_info_fetch_pos (mi, 0, &s, &e);
          add_span (spans, s, e);
        }
    }
}

static int
by_start (gconstpointer pa, gconstpointer pb)
{
  const KgSpan *a = pa, *b = pb;
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  return a->end < b->end ? -1 : a->end > b->end;
}

static gboolean
only_space (const char *text, gsize start, gsize end)
{
  for (gsize i = start; i < end; i++)
    if (text[i] != ' ' && text[i] != '\n' && text[i] != '\t')
      return FALSE;
  return TRUE;
}

/* Sorts and merges @spans into doc->skip: overlapping spans, and spans
 * apart only by white space, become one. */
static void
merge_into (KgDoc *doc, GArray *spans)
{
  g_array_append_vals (spans, doc->skip->data, doc->skip->len);
  g_array_sort (spans, by_start);
  g_array_set_size (doc->skip, 0);
  for (guint i = 0; i < spans->len; i++)
    {
      KgSpan s = g_array_index (spans, KgSpan, i);
      KgSpan *last = doc->skip->len ? &g_array_index (doc->skip, KgSpan, doc->skip->len - 1) : NULL;
      if (last != NULL && (s.start <= last->end || only_space (doc->text, last->end, s.start)))
        last->end = MAX (last->end, s.end);
      else
        g_array_append_val (doc->skip, s);
    }
}

void
kg_pass_boilerplate (KgDoc *doc)
{
  const KgBoilerplate *b = doc->extractor->boilerplate;
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (KgSpan));
  g_autoptr (KgPrefilterHits) hits = kg_prefilter_scan (b->prefilter, doc->text, doc->len);
  scan_lines (b, hits, doc, spans);
  scan_spans (b, hits, doc, spans);
  merge_into (doc, spans);
}
