"""One AWS CLI command line run in-process with its printing captured: the recorders' shared step."""
import contextlib, io


def run_quietly(driver, words, describe=lambda e: "%s: %s" % (type(e).__name__, e)):
    """`(exit code, stdout, stderr)` of `driver.main(words)`.

    An exception the CLI lets escape counts as exit 255 with `describe(exception)` on stderr, so
    one command line the CLI cannot handle is recorded as an error instead of ending the recorder.
    """
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            rc = driver.main(words)
        except SystemExit as e:
            rc = e.code
        except Exception as e:
            rc = 255
            stderr.write(describe(e))
    return rc, stdout.getvalue(), stderr.getvalue()
