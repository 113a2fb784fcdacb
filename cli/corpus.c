/* SPDX-License-Identifier: MIT */
/* corpus.c: runs the extract stage over many documents.  N workers (tasks of
 * a GThreadPool) take the next document from a shared source, extract it
 * into its own small graph and merge that into the worker's own partial
 * graph; the partial graphs are merged at the end.  Merging is associative
 * and commutative, so the graph is the same for any number of workers.  One
 * document is in memory per worker at a time, so memory follows the size of
 * the graph, not of the corpus.  Skip notes are kept per document and
 * printed in document order, so stderr does not depend on --jobs either. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <jansson.h>

#include "cli.h"

gboolean
kg_pipeline_init (KgPipeline *pipeline, const KgReadOptions *read, GError **error)
{
  memset (pipeline, 0, sizeof *pipeline);
  pipeline->lexicon = kg_lexicon_new_default (error);
  if (pipeline->lexicon == NULL)
    return FALSE;
  for (char **l = read->lexicons; l != NULL && *l != NULL; l++)
    if (!kg_lexicon_load_file (pipeline->lexicon, *l, error))
      return FALSE;
  pipeline->extractor = kg_extractor_new (pipeline->lexicon, read->data_dir, error);
  if (pipeline->extractor == NULL)
    return FALSE;
  if (read->no_discovery)
    kg_extractor_set_pass (pipeline->extractor, "discovery", FALSE);
  return TRUE;
}

void
kg_pipeline_clear (KgPipeline *pipeline)
{
  g_clear_pointer (&pipeline->extractor, kg_extractor_free);
  g_clear_pointer (&pipeline->lexicon, kg_lexicon_free);
}

/* One document to extract: its id and text, and where to put a skip note. */
typedef struct {
  guint index;
  char *id;
  char *text; /* decoded */
  gsize len;
  gsize bytes; /* as read */
} Doc;

typedef struct _Run Run;
/* Fills \p doc with the next document; FALSE when there is none.  Called
 * with the run's lock held.  A document that cannot be read gets a note. */
typedef gboolean (*NextFunc) (Run *run, Doc *doc);

struct _Run {
  const KgPipeline *pipeline;
  GMutex lock;
  NextFunc next;
  /* files */
  GPtrArray *paths;
  guint next_index;
  /* JSON Lines */
  FILE *in;
  const char *in_name;
  guint line;
  char *buf;
  size_t buf_size;
  /* results */
  GPtrArray *notes; /* per document index: char* or NULL */
  KgProgress *progress; /* (nullable) */
  guint n_read;         /* documents extracted */
};

static void
note (Run *run, guint index, char *text)
{
  g_mutex_lock (&run->lock);
  if (run->notes->len <= index)
    g_ptr_array_set_size (run->notes, index + 1);
  g_free (run->notes->pdata[index]);
  run->notes->pdata[index] = text;
  g_mutex_unlock (&run->lock);
}

/* Reads and decodes a file.  @return FALSE with a note. */
static gboolean
load_file (Run *run, Doc *doc)
{
  int fd = open (doc->id, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    {
      note (run, doc->index, g_strdup_printf ("%s: %s", doc->id, g_strerror (errno)));
      return FALSE;
    }
  g_autoptr (GError) error = NULL;
  g_autoptr (GMappedFile) map = g_mapped_file_new_from_fd (fd, FALSE, &error);
  close (fd);
  if (map == NULL)
    {
      note (run, doc->index, g_strdup_printf ("%s: %s", doc->id, error->message));
      return FALSE;
    }
  const guint8 *data = (const guint8 *)g_mapped_file_get_contents (map);
  doc->bytes = g_mapped_file_get_length (map);
  doc->text = kg_document_decode (doc->id, data != NULL ? data : (const guint8 *)"",
                                  doc->bytes, &doc->len, &error);
  if (doc->text == NULL)
    {
      note (run, doc->index, g_strdup (error->message));
      return FALSE;
    }
  return TRUE;
}

static gboolean
next_file (Run *run, Doc *doc)
{
  if (run->next_index >= run->paths->len)
    return FALSE;
  doc->index = run->next_index++;
  doc->id = g_strdup (run->paths->pdata[doc->index]);
  return TRUE;
}

/* One JSON Lines record: {"id": "...", "text": "..."}.  Blank lines are
 * skipped; a bad line gets a note naming the stream and line. */
static gboolean
next_line (Run *run, Doc *doc)
{
  for (;;)
    {
      errno = 0;
      ssize_t n = getline (&run->buf, &run->buf_size, run->in);
      if (n < 0)
        return FALSE;
      run->line++;
      if (strspn (run->buf, " \t\r\n") == (size_t)n)
        continue;
      doc->index = run->line - 1;
      json_error_t jerr;
      json_t *obj = json_loadb (run->buf, n, JSON_REJECT_DUPLICATES, &jerr);
      const char *id = NULL, *text = NULL;
      size_t text_len = 0;
      if (obj == NULL)
        doc->id = g_strdup_printf ("%s:%u: not JSON: %s", run->in_name, run->line, jerr.text);
      else if (json_unpack (obj, "{s:s,s:s%}", "id", &id, "text", &text, &text_len) != 0)
        {
          /* json_unpack may have set id before it failed on "text". */
          id = NULL;
          doc->id = g_strdup_printf ("%s:%u: a line must be {\"id\": STRING, \"text\": STRING}",
                                     run->in_name, run->line);
        }
      if (id == NULL)
        {
          json_decref (obj);
          /* The message travels in doc->id; the worker turns it into a note. */
          doc->text = NULL;
          return TRUE;
        }
      doc->id = g_strdup (id);
      doc->bytes = n;
      g_autoptr (GError) error = NULL;
      doc->text = kg_document_decode (id, (const guint8 *)text, text_len, &doc->len, &error);
      if (doc->text == NULL)
        {
          g_free (doc->id);
          doc->id = g_strdup_printf ("%s:%u: %s", run->in_name, run->line, error->message);
        }
      json_decref (obj);
      return TRUE;
    }
}

/* A worker: takes documents until there are none, into its own graph. */
static void
work (gpointer data, gpointer user_data)
{
  KgGraph *acc = data;
  Run *run = user_data;
  for (;;)
    {
      Doc doc = { 0 };
      g_mutex_lock (&run->lock);
      gboolean more = run->next (run, &doc);
      g_mutex_unlock (&run->lock);
      if (!more)
        break;
      gboolean ok = run->next == next_file ? load_file (run, &doc) : doc.text != NULL;
      if (!ok && run->next == next_line)
        note (run, doc.index, g_steal_pointer (&doc.id));
      if (ok)
        {
          g_autoptr (KgGraph) g = kg_extractor_run (run->pipeline->extractor, doc.id, doc.text,
                                                    doc.len);
          kg_graph_merge (acc, g);
          g_atomic_int_inc (&run->n_read);
        }
      if (run->progress != NULL)
        kg_progress_add (run->progress, doc.bytes, kg_graph_n_entities (acc),
                         kg_graph_n_relations (acc));
      g_free (doc.id);
      g_free (doc.text);
    }
}

/* Prints the notes in document order, each "PATH: what (skipped)".  With
 * \p strict, the first is an error instead; so it is when the only
 * document could not be read, which then needs no second line.
 * @return FALSE with \p error */
static gboolean
report_notes (Run *run, gboolean strict, guint total, GError **error)
{
  for (guint i = 0; i < run->notes->len; i++)
    {
      const char *text = run->notes->pdata[i];
      if (text == NULL)
        continue;
      if (strict || total == 1)
        {
          g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_INPUT, "%s", text);
          return FALSE;
        }
      kg_cli_warn ("%s (skipped)", text);
    }
  return TRUE;
}

static guint
n_notes (const Run *run)
{
  guint n = 0;
  for (guint i = 0; i < run->notes->len; i++)
    n += run->notes->pdata[i] != NULL;
  return n;
}

static KgGraph *
run_all (Run *run, const KgReadOptions *read, guint total, GError **error)
{
  guint jobs = read->jobs > 0 ? (guint)read->jobs : g_get_num_processors ();
  jobs = MAX (1, MIN (jobs, 256));
  g_mutex_init (&run->lock);
  run->notes = g_ptr_array_new_with_free_func (g_free);
  run->progress = kg_progress_new (read->quiet, total);

  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify)kg_graph_free);
  for (guint i = 0; i < jobs; i++)
    g_ptr_array_add (parts, kg_graph_new ());
  if (jobs == 1)
    work (parts->pdata[0], run);
  else
    {
      GThreadPool *pool = g_thread_pool_new (work, run, (int)jobs, TRUE, NULL);
      for (guint i = 0; i < jobs; i++)
        g_thread_pool_push (pool, parts->pdata[i], NULL);
      g_thread_pool_free (pool, FALSE, TRUE); /* waits for every worker */
    }
  kg_progress_free (run->progress);

  KgGraph *graph = kg_graph_new ();
  for (guint i = 0; i < parts->len; i++)
    kg_graph_merge (graph, parts->pdata[i]);
  gboolean ok = report_notes (run, read->strict, total, error);
  if (ok && run->n_read == 0 && n_notes (run) > 0)
    {
      if (total > 0)
        g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_NO_TEXT,
                     "none of the %u files could be read as text", total);
      else
        g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_NO_TEXT,
                     "%s: none of the %u records could be read", run->in_name, n_notes (run));
      ok = FALSE;
    }
  g_ptr_array_unref (run->notes);
  g_mutex_clear (&run->lock);
  if (!ok)
    g_clear_pointer (&graph, kg_graph_free);
  return graph;
}

KgGraph *
kg_cli_extract_files (const KgPipeline *pipeline, GPtrArray *documents, const KgReadOptions *read,
                      GError **error)
{
  Run run = { .pipeline = pipeline, .next = next_file, .paths = documents };
  return run_all (&run, read, documents->len, error);
}

KgGraph *
kg_cli_extract_jsonl (const KgPipeline *pipeline, FILE *in, const char *name,
                      const KgReadOptions *read, GError **error)
{
  Run run = { .pipeline = pipeline, .next = next_line, .in = in, .in_name = name };
  KgGraph *graph = run_all (&run, read, 0, error);
  int saved = errno;
  gboolean failed = ferror (in);
  free (run.buf);
  if (graph != NULL && failed)
    {
      g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_INPUT, "%s: %s", name, g_strerror (saved));
      g_clear_pointer (&graph, kg_graph_free);
    }
  return graph;
}
