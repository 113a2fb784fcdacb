/* SPDX-License-Identifier: MIT */
/* write.c: kg_export_file() writes an export atomically: into a temporary
 * file next to the target, then fflush, fsync, fclose (all checked), rename
 * over the target and fsync the folder.  Any failure unlinks the temporary
 * file, so an existing target is never half-written.  On Linux the file is
 * made unnamed (O_TMPFILE) and linked as ".NAME.XXXXXX" only once its bytes
 * are synced, so a run killed while writing leaves nothing; elsewhere it is
 * ".NAME.XXXXXX" from the start, which a kill -9 leaves behind.  "-" is
 * stdout. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "exporters.h"

static gboolean
fail_errno (GError **error, const char *path, int saved_errno)
{
  g_set_error (error, KG_OUT_ERROR, KG_OUT_ERROR_WRITE, "%s: %s", path,
               g_strerror (saved_errno));
  return FALSE;
}

gboolean
kg_out_fail_stream (GError **error)
{
  int saved = errno != 0 ? errno : EIO;
  g_set_error_literal (error, KG_OUT_ERROR, KG_OUT_ERROR_WRITE, g_strerror (saved));
  return FALSE;
}

/* Flushes \p f and reports a write error on it, with the errno at hand. */
static gboolean
flush_checked (FILE *f, const char *path, GError **error)
{
  errno = 0;
  if (fflush (f) != 0)
    return fail_errno (error, path, errno != 0 ? errno : EIO);
  if (ferror (f))
    return fail_errno (error, path, EIO);
  return TRUE;
}

static gboolean
export_stdout (const KgExporter *exporter, const KgGraph *graph, const KgOutOptions *options,
               GError **error)
{
  if (!exporter->write (graph, options, stdout, error))
    {
      g_prefix_error (error, "stdout: ");
      return FALSE;
    }
  return flush_checked (stdout, "stdout", error);
}

/* Keeps the permissions of a target that is replaced. */
static void
copy_mode (int fd, const char *path)
{
  GStatBuf st;
  if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode))
    (void) fchmod (fd, st.st_mode & 07777);
}

/* fsync of the folder makes the rename itself durable; some file systems
 * refuse fsync on folders (EINVAL), which is no error of ours. */
static gboolean
sync_folder (const char *dir, const char *path, GError **error)
{
  int dfd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0)
    return TRUE;
  int rc = fsync (dfd);
  int saved = errno;
  close (dfd);
  if (rc != 0 && saved != EINVAL && saved != EROFS)
    return fail_errno (error, path, saved);
  return TRUE;
}

/* Writes, flushes and syncs the temporary file (does not close it). */
static gboolean
write_synced (FILE *f, const KgExporter *exporter, const KgGraph *graph,
              const KgOutOptions *options, const char *path, GError **error)
{
  if (!exporter->write (graph, options, f, error))
    {
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }
  if (!flush_checked (f, path, error))
    return FALSE;
  if (fsync (fileno (f)) != 0)
    return fail_errno (error, path, errno);
  return TRUE;
}

/* An unnamed file in \p dir (Linux's O_TMPFILE): if the process is killed
 * while writing, nothing is left behind.  It gets a name only once its
 * bytes are on disk (link_unnamed()).  -1 where O_TMPFILE or /proc (which
 * linkat() goes through) is missing, or the file system refuses it. */
static int
open_unnamed (const char *dir)
{
#ifdef O_TMPFILE
  if (access ("/proc/self/fd", X_OK) != 0)
    return -1;
  return open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
#else
  return -1;
#endif
}

/* Links the unnamed file \p fd into \p dir as ".BASE.XXXXXX"; sets \p tmp. */
static gboolean
link_unnamed (int fd, const char *dir, const char *base, const char *path, char **tmp,
              GError **error)
{
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", fd);
  for (int attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = g_strdup_printf (".%s.%06X", base, g_random_int () & 0xFFFFFF);
      char *candidate = g_build_filename (dir, name, NULL);
      if (linkat (AT_FDCWD, proc, AT_FDCWD, candidate, AT_SYMLINK_FOLLOW) == 0)
        {
          *tmp = candidate;
          return TRUE;
        }
      int saved = errno;
      g_free (candidate);
      if (saved != EEXIST)
        return fail_errno (error, path, saved);
    }
  return fail_errno (error, path, EEXIST);
}

gboolean
kg_export_file (const KgExporter *exporter, const KgGraph *graph, const KgOutOptions *options,
                const char *path, GError **error)
{
  g_return_val_if_fail (exporter != NULL && graph != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  KgOutOptions defaults = { 0 };
  if (options == NULL)
    options = &defaults;
  if (strcmp (path, "-") == 0)
    return export_stdout (exporter, graph, options, error);

  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp = NULL; /* the temporary file's name, once it has one */
  int fd = open_unnamed (dir);
  gboolean unnamed = fd >= 0;
  if (!unnamed)
    {
      g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
      tmp = g_build_filename (dir, name, NULL);
      fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666);
      if (fd < 0)
        return fail_errno (error, path, errno);
    }
  copy_mode (fd, path);
  FILE *f = fdopen (fd, "wb");
  if (f == NULL)
    {
      int saved = errno;
      close (fd);
      if (tmp != NULL)
        g_unlink (tmp);
      return fail_errno (error, path, saved);
    }
  gboolean ok = write_synced (f, exporter, graph, options, path, error);
  if (ok && unnamed)
    ok = link_unnamed (fd, dir, base, path, &tmp, error);
  errno = 0;
  if (fclose (f) != 0 && ok)
    ok = fail_errno (error, path, errno != 0 ? errno : EIO);
  if (ok && g_rename (tmp, path) != 0)
    ok = fail_errno (error, path, errno);
  if (!ok)
    {
      if (tmp != NULL)
        g_unlink (tmp);
      return FALSE;
    }
  return sync_folder (dir, path, error);
}
