/* SPDX-License-Identifier: MIT */
/* prefilter.c: runs a set of GRegex over a document in one Hyperscan scan,
 * as a filter: each regex is rewritten to a looser pattern (assertions
 * dropped, \d \w \s as explicit classes wider than PCRE's, so no Unicode
 * table of Hyperscan's can make it stricter than PCRE), the patterns are
 * compiled into one database, and a scan records where each can end.  A
 * regex whose pattern has no end inside a range cannot match there, so the
 * pass skips the GRegex call; the answer is never wrong, only sometimes
 * "may" where the regex then does not match.  Compiling takes a second or
 * two, so it runs in a thread of its own while the passes go on unfiltered
 * (the same output, only slower), and the database is kept in the user's
 * cache folder ($XDG_CACHE_HOME/kgraph; KG_NO_CACHE=1 turns that off), so
 * the next run loads it in a few milliseconds.  Without Hyperscan (or on a
 * CPU it does not run on), every answer is "may". */
#include <string.h>

#include "prefilter.h"

#ifdef KG_HAVE_HYPERSCAN
#include <hs.h>
#endif

/* ---- the rewrite: a superset of the regex, in Hyperscan's syntax ---- */

/* The sets of \d \w \s: PCRE's follow the Unicode tables of the PCRE2 that
 * GLib uses (with UCP), Hyperscan's other tables; so each escape becomes
 * an explicit class: a superset of PCRE's set where the escape matches, a
 * subset where it is excluded (in a negated class, or as \D \W \S).
 * \d and \w take in every non-ASCII character (in Korean text that costs
 * little: the literals around them do the filtering); \s only the spaces
 * of every Unicode version, as space-led patterns would otherwise match
 * all Hangul.  The subsets keep to blocks whose class never changes
 * (ASCII, Hangul syllables, punctuation).  test-prefilter checks every
 * class against GRegex over every code point. */
#define NOT_DIGIT_BLOCKS "\\x{1100}-\\x{11ff}\\x{2000}-\\x{206f}\\x{3000}-\\x{303f}\\x{3130}-\\x{318f}" \
                         "\\x{4e00}-\\x{9fff}\\x{ac00}-\\x{d7a3}"
#define SURE_SPACES "\\t\\n\\f\\r \\xa0\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}"

const char *
kg_prefilter_class (char escape, gboolean negated)
{
  switch (escape)
    {
    case 'd':
      return negated ? "0-9" : "0-9\\x{80}-\\x{10ffff}";
    case 'w':
      return negated ? "0-9A-Za-z_\\x{ac00}-\\x{d7a3}" : "0-9A-Za-z_\\x{80}-\\x{10ffff}";
    case 's': /* the Unicode spaces of every version, and a few look-alikes */
      return negated ? SURE_SPACES
                     : "\\t\\n\\x0b\\f\\r \\x85\\xa0\\x{1680}\\x{180e}\\x{2000}-\\x{200b}\\x{2028}\\x{2029}"
                       "\\x{202f}\\x{205f}\\x{3000}\\x{feff}";
    case 'D':
      return negated ? "\\x00-\\x2f\\x3a-\\x7f" NOT_DIGIT_BLOCKS : "\\x00-\\x2f\\x3a-\\x{10ffff}";
    case 'W':
      return negated ? "\\x00-\\x2f\\x3a-\\x40\\x5b-\\x5e\\x60\\x7b-\\x7f\\x{2010}-\\x{2027}\\x{3001}-\\x{3003}"
                     : "\\x00-\\x2f\\x3a-\\x40\\x5b-\\x5e\\x60\\x7b-\\x{abff}\\x{d7a4}-\\x{10ffff}";
    case 'S':
      return negated ? "\\x00-\\x08\\x0e-\\x1f\\x21-\\x7f\\x{ac00}-\\x{d7a3}"
                     : "\\x00-\\x08\\x0e-\\x1f\\x21-\\x9f\\xa1-\\x{167f}\\x{1681}-\\x{1fff}\\x{200b}-\\x{2027}"
                       "\\x{202a}-\\x{202e}\\x{2030}-\\x{205e}\\x{2060}-\\x{2fff}\\x{3001}-\\x{10ffff}";
    default:
      return NULL;
    }
}

/* An escape that stands for itself (or a fixed character) in both syntaxes. */
static gboolean
plain_escape (char c)
{
  return c != '\0' && (strchr ("\\^$.|?*+()[]{}/-'\"#&~<>!=:,;@%`tnrfae0", c) != NULL || (c & 0x80));
}

/* Skips the group that starts at @p ('('), nested groups, classes and
 * escapes included.  @return the character after its ')', or NULL. */
static const char *
skip_group (const char *p)
{
  int depth = 0;
  while (*p != '\0')
    {
      if (p[0] == '(' && p[1] == '?' && p[2] == '#')
        {
          /* A comment ends at the first ')', whatever is in it. */
          p = strchr (p, ')');
          if (p == NULL)
            return NULL;
          p++;
          if (depth == 0)
            return p;
        }
      else if (*p == '\\' && p[1] != '\0')
        p += 2;
      else if (*p == '[')
        {
          p++;
          if (*p == '^')
            p++;
          if (*p == ']')
            p++;
          while (*p != '\0' && *p != ']')
            p += (*p == '\\' && p[1] != '\0') ? 2 : 1;
          if (*p == ']')
            p++;
        }
      else if (*p == '(')
        depth++, p++;
      else if (*p == ')')
        {
          p++;
          if (--depth == 0)
            return p;
        }
      else
        p++;
    }
  return NULL;
}

/* Copies the class at @p ('[') to @out.  @return the character after it, or NULL. */
static const char *
copy_class (const char *p, GString *out)
{
  p++;
  gboolean negated = *p == '^';
  g_string_append (out, negated ? "[^" : "[");
  if (negated)
    p++;
  if (*p == ']')
    g_string_append (out, "\\]"), p++;
  while (*p != ']')
    {
      if (*p == '\0' || (p[0] == '[' && (p[1] == ':' || p[1] == '.' || p[1] == '=')))
        return NULL; /* unterminated, or a POSIX class */
      if (*p != '\\')
        {
          if (*p == '[')
            g_string_append (out, "\\[");
          else
            g_string_append_c (out, *p);
          p++;
          continue;
        }
      char c = p[1];
      const char *set = kg_prefilter_class (c, negated);
      if (set != NULL)
        g_string_append (out, set);
      else if (c == 'b')
        g_string_append (out, "\\x08");
      else if (c == 'x' || plain_escape (c))
        g_string_append_len (out, p, 2);
      else
        return NULL;
      p += 2;
    }
  g_string_append_c (out, ']');
  return p + 1;
}

/* After a quantifier: a lazy '?' is kept, a possessive '+' becomes greedy
 * (it can only match more). */
static const char *
after_quantifier (const char *p, GString *out)
{
  if (*p == '?')
    g_string_append_c (out, '?'), p++;
  else if (*p == '+')
    p++;
  return p;
}

char *
kg_prefilter_rewrite (const char *pattern, GRegexCompileFlags flags)
{
  g_return_val_if_fail (pattern != NULL, NULL);
  if (flags & (G_REGEX_CASELESS | G_REGEX_EXTENDED | G_REGEX_RAW))
    return NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  const char *p = pattern;
  while (*p != '\0')
    {
      char c = *p;
      if (c == '^' || c == '$')
        {
          /* Dropped; a quantified assertion would pass its quantifier on. */
          if (p[1] != '\0' && strchr ("*+?{", p[1]) != NULL)
            return NULL;
          p++;
        }
      else if (c == '[')
        {
          if ((p = copy_class (p, out)) == NULL)
            return NULL;
        }
      else if (c == '\\')
        {
          char e = p[1];
          const char *set = kg_prefilter_class (e, FALSE);
          if (e == '\0')
            return NULL;
          if (set != NULL)
            g_string_append_printf (out, "[%s]", set);
          else if (strchr ("bBAzZG", e) != NULL)
            {
              if (p[2] != '\0' && strchr ("*+?{", p[2]) != NULL)
                return NULL; /* (a quantified assertion) */
            }
          else if (e == 'x' || plain_escape (e))
            g_string_append_len (out, p, 2);
          else
            return NULL; /* \p, \R, \K, \Q, back references, ... */
          p += 2;
        }
      else if (c == '(' && p[1] == '?')
        {
          const char *q = p + 2;
          if (*q == '=' || *q == '!' || (q[0] == '<' && (q[1] == '=' || q[1] == '!'))
              || *q == '#')
            {
              /* A lookaround or a comment: dropped whole. */
              if ((p = skip_group (p)) == NULL || (*p != '\0' && strchr ("*+?{", *p) != NULL))
                return NULL; /* (a quantified assertion) */
              continue;
            }
          if (*q == ':' || *q == '>' || *q == '|')
            q++;
          else if (q[0] == '<' || (q[0] == 'P' && q[1] == '<') || q[0] == '\'')
            {
              char close = q[0] == '\'' ? '\'' : '>';
              q = strchr (q + 1, close);
              if (q == NULL)
                return NULL;
              q++;
            }
          else
            return NULL; /* inline options, recursion, conditions */
          g_string_append (out, "(?:");
          p = q;
        }
      else if (c == '(')
        g_string_append (out, "(?:"), p++;
      else if (c == '*' || c == '+' || c == '?')
        {
          g_string_append_c (out, c);
          p = after_quantifier (p + 1, out);
        }
      else if (c == '{')
        {
          const char *q = p + 1;
          while (g_ascii_isdigit (*q) || *q == ',')
            q++;
          const char *comma = memchr (p, ',', q - p);
          if (*q == '}' && q > p + 1 && p[1] != ',')
            {
              /* {m,n} with a large n becomes {m,}: Hyperscan builds a state
               * per repeat of a UTF-8 class, and an open bound costs one. */
              if (comma != NULL && q - comma > 1 && g_ascii_strtoull (comma + 1, NULL, 10) > 3)
                g_string_append_len (out, p, comma + 1 - p), g_string_append_c (out, '}');
              else
                g_string_append_len (out, p, q + 1 - p);
              p = after_quantifier (q + 1, out);
            }
          else
            g_string_append (out, "\\{"), p++;
        }
      else if (c == '}')
        g_string_append (out, "\\}"), p++;
      else
        g_string_append_c (out, c), p++;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- the database and the scan ---- */

/* What a compile gives: published once, read-only afterwards. */
typedef struct {
  gboolean *filtered;   /* per regex: has a pattern in the database */
  guint n_filtered;
#ifdef KG_HAVE_HYPERSCAN
  hs_database_t *db;
  hs_scratch_t *proto;  /* cloned for each scan that finds the pool empty */
#endif
} Compiled;

/* Shared by the prefilter and the thread that compiles it: whichever
 * drops the last reference frees it, so freeing a prefilter never waits
 * for a compile (a short run does not pay for it). */
typedef struct {
  gint refs;
  guint n;
  char **patterns;      /* per regex: the rewritten pattern, or NULL */
  unsigned int *flags;  /* per regex: Hyperscan flags */
  char *cache;          /* (nullable) the cache file of the database */
  Compiled *compiled;   /* NULL until compiled (atomic) */
  GMutex lock;          /* guards pool and done */
  GCond done_cond;
  gboolean done;
  GPtrArray *pool;      /* hs_scratch_t*: free scratch spaces */
} Shared;

struct _KgPrefilter {
  Shared *shared;
};

struct _KgPrefilterHits {
  guint n;
  GArray **ends;  /* per regex: sorted match ends (guint64); NULL: may match anywhere */
};

static void
compiled_free (Compiled *c)
{
  if (c == NULL)
    return;
#ifdef KG_HAVE_HYPERSCAN
  if (c->proto != NULL)
    hs_free_scratch (c->proto);
  if (c->db != NULL)
    hs_free_database (c->db);
#endif
  g_free (c->filtered);
  g_free (c);
}

static void
shared_unref (Shared *sh)
{
  if (!g_atomic_int_dec_and_test (&sh->refs))
    return;
#ifdef KG_HAVE_HYPERSCAN
  for (guint i = 0; i < sh->pool->len; i++)
    hs_free_scratch (sh->pool->pdata[i]);
#endif
  g_ptr_array_unref (sh->pool);
  compiled_free (sh->compiled);
  for (guint i = 0; i < sh->n; i++)
    g_free (sh->patterns[i]);
  g_free (sh->patterns);
  g_free (sh->flags);
  g_free (sh->cache);
  g_mutex_clear (&sh->lock);
  g_cond_clear (&sh->done_cond);
  g_free (sh);
}

static void
publish (Shared *sh, Compiled *c)
{
  g_mutex_lock (&sh->lock);
  g_atomic_pointer_set (&sh->compiled, c);
  sh->done = TRUE;
  g_cond_broadcast (&sh->done_cond);
  g_mutex_unlock (&sh->lock);
}

#ifdef KG_HAVE_HYPERSCAN
/* The rewritten pattern of @re and its flags: as it is, or else in
 * Hyperscan's looser prefilter mode; NULL if Hyperscan takes neither, or
 * if it can match the empty string (it would "match" everywhere). */
static char *
pattern_of (const GRegex *re, unsigned int *flags)
{
  GRegexCompileFlags cf = g_regex_get_compile_flags (re);
  char *pattern = kg_prefilter_rewrite (g_regex_get_pattern (re), cf);
  if (pattern == NULL)
    return NULL;
  /* GRegex's '.' stops at '\n' unless DOTALL or another newline is set;
   * Hyperscan's stops at '\n' unless DOTALL. */
  gboolean dotall = (cf & (G_REGEX_DOTALL | G_REGEX_NEWLINE_CR | G_REGEX_NEWLINE_LF
                           | G_REGEX_NEWLINE_ANYCRLF)) != 0;
  unsigned int f = HS_FLAG_UTF8 | (dotall ? HS_FLAG_DOTALL : 0);
  for (int pass = 0; pass < 2; pass++, f |= HS_FLAG_PREFILTER)
    {
      hs_expr_info_t *info = NULL;
      hs_compile_error_t *err = NULL;
      gboolean ok = hs_expression_info (pattern, f, &info, &err) == HS_SUCCESS;
      gboolean empty = ok && info->min_width == 0;
      free (info);
      hs_free_compile_error (err);
      if (ok)
        {
          if (empty)
            break;
          *flags = f;
          return pattern;
        }
    }
  g_free (pattern);
  return NULL;
}

/* The cache file holds the ids of the regexes in the database, its length
 * and checksum, then the database (hs_serialize_database()). */
#define CACHE_MAGIC "kgraph-prefilter-1\n"

static Compiled *
load_cache (const Shared *sh)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  if (sh->cache == NULL || !g_file_get_contents (sh->cache, &data, &len, NULL))
    return NULL;
  gsize head = strlen (CACHE_MAGIC) + sizeof (guint32) * (sh->n + 1) + 32;
  if (len <= head || memcmp (data, CACHE_MAGIC, strlen (CACHE_MAGIC)) != 0)
    return NULL;
  const char *p = data + strlen (CACHE_MAGIC);
  guint32 bytes;
  memcpy (&bytes, p + sizeof (guint32) * sh->n, sizeof bytes);
  const char *db = data + head;
  if (bytes != len - head)
    return NULL;
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (sum, (const guchar *)db, bytes);
  guint8 digest[32];
  gsize dl = sizeof digest;
  g_checksum_get_digest (sum, digest, &dl);
  if (memcmp (digest, db - 32, 32) != 0)
    return NULL;
  Compiled *c = g_new0 (Compiled, 1);
  c->filtered = g_new0 (gboolean, sh->n);
  for (guint i = 0; i < sh->n; i++)
    {
      guint32 on;
      memcpy (&on, p + sizeof (guint32) * i, sizeof on);
      c->filtered[i] = on != 0 && sh->patterns[i] != NULL;
      c->n_filtered += c->filtered[i];
    }
  if (hs_deserialize_database (db, bytes, &c->db) != HS_SUCCESS
      || hs_alloc_scratch (c->db, &c->proto) != HS_SUCCESS)
    g_clear_pointer (&c, compiled_free);
  return c;
}

static void
save_cache (const Shared *sh, const Compiled *c)
{
  char *bytes = NULL;
  size_t len = 0;
  if (sh->cache == NULL || hs_serialize_database (c->db, &bytes, &len) != HS_SUCCESS)
    return;
  GString *out = g_string_new (CACHE_MAGIC);
  for (guint i = 0; i < sh->n; i++)
    {
      guint32 on = c->filtered[i];
      g_string_append_len (out, (const char *)&on, sizeof on);
    }
  guint32 n = len;
  g_string_append_len (out, (const char *)&n, sizeof n);
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (sum, (const guchar *)bytes, len);
  guint8 digest[32];
  gsize dl = sizeof digest;
  g_checksum_get_digest (sum, digest, &dl);
  g_string_append_len (out, (const char *)digest, sizeof digest);
  g_string_append_len (out, bytes, len);
  free (bytes);
  g_autofree char *dir = g_path_get_dirname (sh->cache);
  /* Written to a temporary file and renamed: a reader sees all or nothing. */
  if (g_mkdir_with_parents (dir, 0700) == 0)
    g_file_set_contents (sh->cache, out->str, out->len, NULL);
  g_string_free (out, TRUE);
}

static Compiled *
compile (const Shared *sh)
{
  g_autoptr (GPtrArray) patterns = g_ptr_array_new ();
  g_autoptr (GArray) flags = g_array_new (FALSE, FALSE, sizeof (unsigned int));
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (unsigned int));
  for (guint i = 0; i < sh->n; i++)
    if (sh->patterns[i] != NULL)
      {
        g_ptr_array_add (patterns, sh->patterns[i]);
        g_array_append_val (flags, sh->flags[i]);
        g_array_append_val (ids, i);
      }
  Compiled *c = g_new0 (Compiled, 1);
  c->filtered = g_new0 (gboolean, sh->n);
  hs_compile_error_t *err = NULL;
  if (patterns->len == 0
      || hs_compile_multi ((const char *const *)patterns->pdata, (unsigned int *)flags->data,
                           (unsigned int *)ids->data, patterns->len, HS_MODE_BLOCK, NULL, &c->db,
                           &err)
             != HS_SUCCESS
      || hs_alloc_scratch (c->db, &c->proto) != HS_SUCCESS)
    {
      hs_free_compile_error (err);
      compiled_free (c);
      return NULL;
    }
  for (guint k = 0; k < ids->len; k++)
    c->filtered[g_array_index (ids, unsigned int, k)] = TRUE;
  c->n_filtered = ids->len;
  return c;
}

static gpointer
compile_thread (gpointer data)
{
  Shared *sh = data;
  Compiled *c = compile (sh);
  if (c != NULL)
    save_cache (sh, c);
  publish (sh, c);
  shared_unref (sh);
  return NULL;
}

/* The cache file for these patterns: named by their checksum and
 * Hyperscan's version, in the user's cache folder. */
static char *
cache_path (const Shared *sh)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (sum, (const guchar *)hs_version (), -1);
  for (guint i = 0; i < sh->n; i++)
    {
      g_autofree char *entry = g_strdup_printf ("\n%u %u %s", i, sh->flags[i],
                                                sh->patterns[i] != NULL ? sh->patterns[i] : "");
      g_checksum_update (sum, (const guchar *)entry, -1);
    }
  g_autofree char *name = g_strdup_printf ("prefilter-%.32s.hs", g_checksum_get_string (sum));
  return g_build_filename (g_get_user_cache_dir (), "kgraph", name, NULL);
}
#endif

KgPrefilter *
kg_prefilter_new (GRegex *const *regexes, guint n)
{
  Shared *sh = g_new0 (Shared, 1);
  sh->refs = 1;
  sh->n = n;
  sh->patterns = g_new0 (char *, n);
  sh->flags = g_new0 (unsigned int, n);
  sh->pool = g_ptr_array_new ();
  g_mutex_init (&sh->lock);
  g_cond_init (&sh->done_cond);
  KgPrefilter *pf = g_new0 (KgPrefilter, 1);
  pf->shared = sh;
#ifdef KG_HAVE_HYPERSCAN
  if (hs_valid_platform () == HS_SUCCESS)
    {
      for (guint i = 0; i < n; i++)
        sh->patterns[i] = pattern_of (regexes[i], &sh->flags[i]);
      if (g_getenv ("KG_NO_CACHE") == NULL)
        sh->cache = cache_path (sh);
      Compiled *c = load_cache (sh);
      if (c != NULL)
        publish (sh, c);
      else
        {
          /* Compiling takes a second or two: the passes run unfiltered
           * (the same output) until it is done. */
          g_atomic_int_inc (&sh->refs);
          g_thread_unref (g_thread_new ("kgraph-prefilter", compile_thread, sh));
        }
      return pf;
    }
#endif
  publish (sh, NULL);
  return pf;
}

void
kg_prefilter_free (KgPrefilter *pf)
{
  if (pf == NULL)
    return;
  shared_unref (pf->shared);
  g_free (pf);
}

void
kg_prefilter_wait (const KgPrefilter *pf)
{
  g_return_if_fail (pf != NULL);
  Shared *sh = pf->shared;
  g_mutex_lock (&sh->lock);
  while (!sh->done)
    g_cond_wait (&sh->done_cond, &sh->lock);
  g_mutex_unlock (&sh->lock);
}

guint
kg_prefilter_n_filtered (const KgPrefilter *pf)
{
  g_return_val_if_fail (pf != NULL, 0);
  const Compiled *c = g_atomic_pointer_get (&pf->shared->compiled);
  return c != NULL ? c->n_filtered : 0;
}

void
kg_prefilter_hits_free (KgPrefilterHits *hits)
{
  if (hits == NULL)
    return;
  for (guint i = 0; i < hits->n; i++)
    if (hits->ends[i] != NULL)
      g_array_unref (hits->ends[i]);
  g_free (hits->ends);
  g_free (hits);
}

#ifdef KG_HAVE_HYPERSCAN
typedef struct {
  KgPrefilterHits *hits;
  guint cap; /* a pattern ending more often than this is not worth keeping */
} Scan;

static int
on_match (unsigned int id, unsigned long long from, unsigned long long to, unsigned int flags,
          void *data)
{
  Scan *scan = data;
  GArray *ends = scan->hits->ends[id];
  if (ends == NULL)
    return 0;
  if (ends->len >= scan->cap)
    {
      /* So dense it filters nothing here: may match anywhere. */
      g_array_unref (ends);
      scan->hits->ends[id] = NULL;
      return 0;
    }
  guint64 end = to;
  g_array_append_val (ends, end);
  return 0;
}

static int
by_value (gconstpointer a, gconstpointer b)
{
  guint64 x = *(const guint64 *)a, y = *(const guint64 *)b;
  return x < y ? -1 : x > y;
}

static void
scan_text (Shared *sh, const Compiled *c, KgPrefilterHits *hits, const char *text, gsize len)
{
  for (guint i = 0; i < sh->n; i++)
    if (c->filtered[i])
      hits->ends[i] = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_mutex_lock (&sh->lock);
  hs_scratch_t *scratch = sh->pool->len > 0
                              ? g_ptr_array_steal_index_fast (sh->pool, sh->pool->len - 1)
                              : NULL;
  g_mutex_unlock (&sh->lock);
  Scan scan = { hits, 64 + len / 8 };
  if ((scratch == NULL && hs_clone_scratch (c->proto, &scratch) != HS_SUCCESS)
      || hs_scan (c->db, text, (unsigned int)len, 0, scratch, on_match, &scan) != HS_SUCCESS)
    for (guint i = 0; i < sh->n; i++)
      g_clear_pointer (&hits->ends[i], g_array_unref);
  if (scratch != NULL)
    {
      g_mutex_lock (&sh->lock);
      g_ptr_array_add (sh->pool, scratch);
      g_mutex_unlock (&sh->lock);
    }
  for (guint i = 0; i < sh->n; i++)
    if (hits->ends[i] != NULL)
      g_array_sort (hits->ends[i], by_value);
}
#endif

KgPrefilterHits *
kg_prefilter_scan (const KgPrefilter *pf, const char *text, gsize len)
{
  g_return_val_if_fail (pf != NULL && (text != NULL || len == 0), NULL);
  Shared *sh = pf->shared;
  KgPrefilterHits *hits = g_new0 (KgPrefilterHits, 1);
  hits->n = sh->n;
  hits->ends = g_new0 (GArray *, sh->n);
#ifdef KG_HAVE_HYPERSCAN
  const Compiled *c = g_atomic_pointer_get (&sh->compiled);
  if (c != NULL && len <= G_MAXUINT)
    scan_text (sh, c, hits, text, len);
#endif
  return hits;
}

gboolean
kg_prefilter_may_match (const KgPrefilterHits *hits, guint i, gsize start, gsize end)
{
  g_return_val_if_fail (hits != NULL && i < hits->n, TRUE);
  const GArray *ends = hits->ends[i];
  if (ends == NULL)
    return TRUE;
  /* The first end after start: a match inside [start, end) ends in (start, end]. */
  guint lo = 0, hi = ends->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (ends, guint64, mid) <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < ends->len && g_array_index (ends, guint64, lo) <= end;
}
