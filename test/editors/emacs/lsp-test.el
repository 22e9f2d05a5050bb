;;; lsp-test.el --- Emacs + eglot as an LSP client of the Privacy Lint server  -*- lexical-binding: t; -*-

;; Headless Emacs 28 with eglot 1.9 (Debian: emacs-nox, elpa-eglot) against the Privacy Lint server: opens
;; src/customers.ts of a fixture copy in a `typescript-mode' buffer, lets `eglot-ensure' start
;; `node server/bin/privacy-lint-server.js --stdio', waits until Flymake holds the diagnostics the server pushed,
;; asks eglot for the code actions at the `c.email' of `console.log(c.email)', applies "Mask `c.email` with
;; `mask()`" through eglot's own code-action command (`eglot-code-actions' as M-x runs it, the choice answered
;; by a `completing-read-function'), saves, and waits for the server to drop the finding.  Exits non-zero with
;; a message on any failure.
;;
;; Run by ./run.js:  emacs --batch -l lsp-test.el   (cwd: the fixture copy; no init file, Debian's site-start),
;; with in the environment
;;   PRIVACY_LINT_NODE         node to run the server with (default "node")
;;   PRIVACY_LINT_SERVER       server/bin/privacy-lint-server.js (required)
;;   PRIVACY_LINT_EMACS_HOME   a scratch `user-emacs-directory' (default: a temporary directory)
;;   PRIVACY_LINT_EMACS_TIMEOUT  seconds per wait (default 30)
;;
;; Batch-mode notes (Emacs 28.2, eglot 1.9):
;; - `eglot-ensure' connects from `post-command-hook', which only the command loop runs: run it by hand.
;; - Flymake defers its first check until the buffer is shown in a window, which never happens here: call
;;   `flymake-start' by hand.
;; - Idle timers never fire in batch mode (Emacs is never idle waiting for input), so eglot's
;;   `eglot-send-changes-idle-time' timer never sends the edit as textDocument/didChange; eglot also sends
;;   pending changes before a deferred request and on save, so the edit reaches the server when the file is saved.
;; - With `last-nonmenu-event' nil (no input ever read), `eglot-code-actions' would pop up a mouse menu:
;;   bind it to a keyboard event so that it asks with `completing-read', as after M-x.

(require 'package)
(setq user-emacs-directory
      (file-name-as-directory
       (or (getenv "PRIVACY_LINT_EMACS_HOME") (make-temp-file "privacy-lint-emacs-" t))))
(setq package-user-dir (expand-file-name "elpa" user-emacs-directory))
(package-initialize)                    ; activates Debian's elpa-eglot (and its project, xref, ...)
(require 'cl-lib)
(require 'subr-x)
(require 'flymake)
(require 'eglot)

(defconst plt-timeout
  (let ((v (getenv "PRIVACY_LINT_EMACS_TIMEOUT"))) (if (and v (> (string-to-number v) 0)) (string-to-number v) 30))
  "Seconds to wait for each condition.")
(defconst plt-mask-title "Mask `c.email` with `mask()`")
(defconst plt-expected-rules '("no-personal-data-in-logs" "no-unguarded-external-transfer"))
(defconst plt-root (file-name-as-directory (expand-file-name default-directory))
  "The workspace: the fixture copy, Emacs's working directory.")

(defvar plt-server nil "The eglot server, once connected.")

(defun plt-say (fmt &rest args)
  "Print FMT with ARGS to stdout."
  (princ (concat "[emacs] " (apply #'format fmt args) "\n")))

;; A major mode for .ts files, as the typescript-mode package would give; eglot derives the LSP languageId
;; "typescript" from its name (said explicitly in `eglot-server-programs' below).
(define-derived-mode typescript-mode prog-mode "TypeScript"
  "Minimal TypeScript mode for the Privacy Lint eglot test."
  (setq-local comment-start "// "))
(add-to-list 'auto-mode-alist '("\\.tsx?\\'" . typescript-mode))

(let ((server (or (getenv "PRIVACY_LINT_SERVER") (error "PRIVACY_LINT_SERVER is not set"))))
  (add-to-list 'eglot-server-programs
               `((typescript-mode :language-id "typescript")
                 . (,(or (getenv "PRIVACY_LINT_NODE") "node") ,server "--stdio"))))
(add-hook 'typescript-mode-hook #'eglot-ensure)

;; The project (rootUri) is the workspace, as `root_dir' in the Neovim test; the copy is no VC checkout.
(add-hook 'project-find-functions
          (lambda (dir) (when (file-in-directory-p dir plt-root) (cons 'transient plt-root))))

(setq make-backup-files nil
      create-lockfiles nil
      auto-save-default nil
      eglot-events-buffer-size 2000000
      eglot-sync-connect plt-timeout)

(defun plt-wait-for (what predicate)
  "Process server output until PREDICATE is non-nil; signal an error naming WHAT after `plt-timeout' seconds."
  (let ((deadline (+ (float-time) plt-timeout)))
    (while (not (funcall predicate))
      (when (and plt-server (not (jsonrpc-running-p plt-server)))
        (error "The server exited while waiting for %s" what))
      (when (> (float-time) deadline)
        (error "Timed out after %s s waiting for %s" plt-timeout what))
      (accept-process-output nil 0.05))))

(defun plt-lsp-diag (diag)
  "The LSP Diagnostic eglot attached to the Flymake diagnostic DIAG, or nil."
  (cdr (assq 'eglot-lsp-diag (flymake-diagnostic-data diag))))

(defun plt-ours ()
  "The current buffer's Flymake diagnostics that eglot got from Privacy Lint."
  (cl-remove-if-not (lambda (d)
                      (and (eq (flymake-diagnostic-backend d) 'eglot-flymake-backend)
                           (equal (plist-get (plt-lsp-diag d) :source) "privacy-lint")))
                    (flymake-diagnostics)))

(defun plt-code (diag)
  "The rule id of the Flymake diagnostic DIAG."
  (let ((code (plist-get (plt-lsp-diag diag) :code)))
    (format "%s" (if (consp code) (plist-get code :value) code))))

(defun plt-dump-logs ()
  "Print the tail of eglot's events and the server's stderr to stderr."
  (dolist (buf (buffer-list))
    (when (string-match-p "\\*EGLOT .*\\(events\\|stderr\\)\\*" (buffer-name buf))
      (with-current-buffer buf
        (message "----- %s (last 4000 chars) -----\n%s" (buffer-name buf)
                 (buffer-substring-no-properties (max (point-min) (- (point-max) 4000)) (point-max)))))))

(defun plt-run ()
  (let ((buffer (find-file-noselect (expand-file-name "src/customers.ts" plt-root))))
    (set-buffer buffer)
    (unless (eq major-mode 'typescript-mode) (error "src/customers.ts opened in %s" major-mode))

    ;; 1. eglot-ensure connects (from post-command-hook); the buffer becomes managed, Flymake on.
    (run-hooks 'post-command-hook)
    (plt-wait-for "eglot to manage the buffer"
                  (lambda () (with-current-buffer buffer (and (eglot-managed-p) (eglot-current-server)))))
    (setq plt-server (eglot-current-server))
    (plt-say "eglot %s: connected to %s (root %s)"
             (or (ignore-errors (package-version-join (package-desc-version (cadr (assq 'eglot package-alist))))) "?")
             (jsonrpc-name plt-server) (project-root (eglot--project plt-server)))
    (unless (bound-and-true-p flymake-mode) (error "eglot did not turn on flymake-mode"))
    (unless (eglot--server-capable :codeActionProvider) (error "The server offers no code actions"))
    (flymake-start)

    ;; 2. Flymake holds the pushed diagnostics, with the expected rule ids.
    (plt-wait-for "Flymake to hold the server's diagnostics" (lambda () (plt-ours)))
    (let* ((diags (plt-ours))
           (codes (sort (mapcar #'plt-code diags) #'string<)))
      (unless (equal codes plt-expected-rules)
        (error "Rule ids %S, expected %S" codes plt-expected-rules))
      (plt-say "diagnostics (flymake): %s" (string-join codes ", "))
      (dolist (d diags)
        (plt-say "  line %d: %s" (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-text d)))

      ;; 3. The `console.log(c.email)' finding covers exactly `c.email'.
      (let* ((log (or (cl-find "no-personal-data-in-logs" diags :key #'plt-code :test #'equal)
                      (error "No no-personal-data-in-logs diagnostic")))
             (beg (flymake-diagnostic-beg log))
             (end (flymake-diagnostic-end log))
             (call (save-excursion (goto-char (point-min))
                                   (or (search-forward "console.log(c.email)" nil t)
                                       (error "No console.log(c.email) in the buffer"))
                                   (- (point) (length "c.email)")))))
        (unless (and (= beg call) (equal (buffer-substring-no-properties beg end) "c.email"))
          (error "The log finding covers %S at %d, expected \"c.email\" at %d"
                 (buffer-substring-no-properties beg end) beg call))

        ;; 4. The code actions there (eglot sends the Flymake diagnostics of the range as the context).
        (let* ((actions (eglot-code-actions beg end))
               (titles (mapcar (lambda (a) (plist-get a :title)) actions))
               (mask (cl-find plt-mask-title actions :key (lambda (a) (plist-get a :title)) :test #'equal)))
          (plt-say "code actions: %s" (string-join titles " | "))
          (unless mask (error "No %S action among %S" plt-mask-title titles))
          ;; eglot 1.9 has no codeAction/resolve: the action must carry its edit.
          (unless (plist-get mask :edit) (error "The mask action carries no edit: %S" mask)))

        ;; 5. Apply it the way M-x eglot-code-actions does, choosing the action by its title.
        (let* ((offered nil)
               (completing-read-function
                (lambda (_prompt collection &rest _)
                  (setq offered (all-completions "" collection))
                  (if (member plt-mask-title offered) plt-mask-title
                    (error "eglot offered %S, without %S" offered plt-mask-title))))
               (last-nonmenu-event ?\r)
               (tick (buffer-modified-tick)))
          (eglot-code-actions beg end nil t)
          (when (= tick (buffer-modified-tick)) (error "Applying %S did not change the buffer" plt-mask-title))
          (plt-say "applied: %s" plt-mask-title))))

    (let ((line (save-excursion (goto-char (point-min))
                                (and (search-forward "console.log(mask(" nil t)
                                     (string-trim (thing-at-point 'line t))))))
      (unless line (error "No console.log(mask(...)) in the buffer after the fix:\n%s" (buffer-string)))
      (plt-say "buffer now has: %s" line))

    ;; 6. Save (eglot sends the pending didChange, then didSave); the server drops the finding.
    (save-buffer)
    (plt-say "saved %s" buffer-file-name)
    (plt-wait-for "the log finding to go away after the mask fix"
                  (lambda () (with-current-buffer buffer
                               (let ((codes (mapcar #'plt-code (plt-ours))))
                                 (and codes (not (member "no-personal-data-in-logs" codes)))))))
    (plt-say "after the fix: %d diagnostic(s) in flymake, none from no-personal-data-in-logs"
             (length (plt-ours)))

    ;; shutdown request, exit notification; then jsonrpc deletes the process at once (its "[jsonrpc] Server
    ;; exited with status 9" on stderr is that kill, not a crash).
    (let ((server plt-server))
      (setq plt-server nil)
      (eglot-shutdown server nil plt-timeout))
    (plt-say "server shut down")))

(condition-case err
    (progn (plt-run) (kill-emacs 0))
  (error
   (message "[emacs] FAIL: %s" (error-message-string err))
   (plt-dump-logs)
   (kill-emacs 1)))

;;; lsp-test.el ends here
