/* SPDX-License-Identifier: MIT */
/* progress.c: the progress line of long runs on a terminal: files, MB, MB/s,
 * entities and relations so far, redrawn in place at most five times a
 * second by whichever worker counts a document.  Nothing is drawn when
 * stderr is not a terminal, or with --quiet. */
#include <unistd.h>

#include "cli.h"

#define REDRAW_US (200 * 1000)

struct _KgProgress {
  GMutex lock;
  guint total, files;
  guint64 bytes;
  guint entities, relations; /* the largest a worker reported */
  gint64 start, drawn;
  gboolean shown;
};

KgProgress *
kg_progress_new (gboolean quiet, guint total_files)
{
  if (quiet || !isatty (STDERR_FILENO))
    return NULL;
  KgProgress *p = g_new0 (KgProgress, 1);
  g_mutex_init (&p->lock);
  p->total = total_files;
  p->start = p->drawn = g_get_monotonic_time ();
  return p;
}

static void
draw (KgProgress *p, gint64 now)
{
  double mb = p->bytes / 1e6;
  double secs = MAX (1e-3, (now - p->start) / 1e6);
  g_autofree char *files = p->total > 0 ? g_strdup_printf ("%u/%u files", p->files, p->total)
                                        : g_strdup_printf ("%u documents", p->files);
  fprintf (stderr, "\r\033[Kkgraph: %s, %.1f MB, %.1f MB/s, %u entities, %u relations", files,
           mb, mb / secs, p->entities, p->relations);
  fflush (stderr);
  p->drawn = now;
  p->shown = TRUE;
}

void
kg_progress_add (KgProgress *p, gsize bytes, guint entities, guint relations)
{
  if (p == NULL)
    return;
  g_mutex_lock (&p->lock);
  p->files++;
  p->bytes += bytes;
  p->entities = MAX (p->entities, entities);
  p->relations = MAX (p->relations, relations);
  gint64 now = g_get_monotonic_time ();
  if (now - p->drawn >= REDRAW_US)
    draw (p, now);
  g_mutex_unlock (&p->lock);
}

void
kg_progress_free (KgProgress *p)
{
  if (p == NULL)
    return;
  if (p->shown)
    {
      fputs ("\r\033[K", stderr);
      fflush (stderr);
    }
  g_mutex_clear (&p->lock);
  g_free (p);
}
