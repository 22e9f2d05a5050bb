-- Headless Neovim 0.7 as an LSP client of the Privacy Lint server: waits for the diagnostics the server pushes for
-- the opened file (src/customers.ts of the fixture workspace), requests the code actions at the
-- `console.log(c.email)` finding, applies "Mask `c.email` with `mask()`", waits for the finding to go away
-- (the change reached the server by incremental sync), and writes the file. Exits non-zero on any failure.
--
-- Run by ./run.js: nvim --headless --clean -u NONE -c "luafile lsp-test.lua" src/customers.ts (cwd: the fixture
-- copy), with PRIVACY_LINT_NODE and PRIVACY_LINT_SERVER (server/bin/privacy-lint-server.js) in the environment.

local TIMEOUT_MS = tonumber(os.getenv('PRIVACY_LINT_NVIM_TIMEOUT') or '') or 30000
local MASK_TITLE = 'Mask `c.email` with `mask()`'
local EXPECTED_RULES = { 'no-personal-data-in-logs', 'no-unguarded-external-transfer' }

local function say(msg)
  io.stdout:write('[nvim] ' .. msg .. '\n')
end

local function fail(msg)
  io.stderr:write('[nvim] FAIL: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

local ok, err = pcall(function()
  local node = os.getenv('PRIVACY_LINT_NODE') or 'node'
  local server = os.getenv('PRIVACY_LINT_SERVER')
  assert(server, 'PRIVACY_LINT_SERVER is not set')
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  local root = vim.fn.getcwd()

  -- Keep the diagnostics exactly as the server pushed them (LSP ranges, codes) for the code action request.
  local pushed = {}
  local publish_count = 0
  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'privacy-lint',
    cmd = { node, server, '--stdio' },
    root_dir = root,
    offset_encoding = 'utf-16',
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        pushed[result.uri] = result.diagnostics
        publish_count = publish_count + 1
        return vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, config)
      end,
    },
    on_exit = function(code, signal)
      exited = string.format('the server exited (code %s, signal %s)', tostring(code), tostring(signal))
    end,
  })
  assert(client_id, 'vim.lsp.start_client failed')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'vim.lsp.buf_attach_client failed')

  local function ours(diagnostics)
    local out = {}
    for _, d in ipairs(diagnostics or {}) do
      if d.source == 'privacy-lint' then table.insert(out, d) end
    end
    return out
  end
  local function wait_for(what, predicate)
    local done = vim.wait(TIMEOUT_MS, function() return exited ~= nil or predicate() end, 20)
    if exited then error(exited .. ' while waiting for ' .. what) end
    if not done then
      error(string.format('timed out after %d ms waiting for %s; pushed for %s: %s', TIMEOUT_MS, what, uri,
        vim.inspect(pushed[uri])))
    end
  end

  -- 1. Pushed diagnostics with the expected rule ids, and Neovim shows them.
  wait_for('pushed diagnostics', function() return #ours(pushed[uri]) > 0 end)
  local diagnostics = ours(pushed[uri])
  local codes = {}
  for _, d in ipairs(diagnostics) do
    local code = type(d.code) == 'table' and d.code.value or d.code
    table.insert(codes, tostring(code))
  end
  table.sort(codes)
  if not vim.deep_equal(codes, EXPECTED_RULES) then
    error('rule ids ' .. vim.inspect(codes) .. ', expected ' .. vim.inspect(EXPECTED_RULES))
  end
  local shown = vim.diagnostic.get(bufnr)
  if #shown ~= #diagnostics then error(string.format('Neovim shows %d diagnostics, the server pushed %d', #shown, #diagnostics)) end
  say('diagnostics: ' .. table.concat(codes, ', '))

  -- 2. The `console.log(c.email)` finding covers exactly `c.email`.
  local log
  for _, d in ipairs(diagnostics) do
    if d.code == 'no-personal-data-in-logs' then log = d end
  end
  assert(log, 'no no-personal-data-in-logs diagnostic')
  local line = vim.api.nvim_buf_get_lines(bufnr, log.range.start.line, log.range.start.line + 1, true)[1]
  local flagged = line:sub(log.range.start.character + 1, log.range['end'].character)
  if flagged ~= 'c.email' or not line:find('console.log(c.email)', 1, true) then
    error(string.format('the log finding covers %q in %q', flagged, line))
  end
  if not (log.codeDescription and log.codeDescription.href and log.codeDescription.href:find('no-personal-data-in-logs', 1, true)) then
    error('no codeDescription.href to the rule docs: ' .. vim.inspect(log.codeDescription))
  end

  -- 3. Code actions at the finding; the mask one, resolved if the server resolves lazily.
  local params = {
    textDocument = { uri = uri },
    range = log.range,
    context = { diagnostics = { log }, only = { 'quickfix' } },
  }
  local responses, request_err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, TIMEOUT_MS)
  if not responses then error('textDocument/codeAction: ' .. tostring(request_err)) end
  local response = responses[client_id]
  if not response or response.error then error('textDocument/codeAction failed: ' .. vim.inspect(response)) end
  local titles = {}
  local mask
  for _, action in ipairs(response.result or {}) do
    table.insert(titles, action.title)
    if action.title == MASK_TITLE then mask = action end
  end
  say('code actions: ' .. table.concat(titles, ' | '))
  if not mask then error('no "' .. MASK_TITLE .. '" action among ' .. vim.inspect(titles)) end
  if not mask.edit then
    local client = vim.lsp.get_client_by_id(client_id)
    local resolved = client.request_sync('codeAction/resolve', mask, TIMEOUT_MS, bufnr)
    if not resolved or resolved.err or not resolved.result or not resolved.result.edit then
      error('the mask action has no edit, and codeAction/resolve gave none: ' .. vim.inspect(resolved))
    end
    mask = resolved.result
  end

  -- 4. Apply it; the server sees the change and drops the finding.
  vim.lsp.util.apply_workspace_edit(mask.edit, 'utf-16')
  wait_for('the log finding to go away after the mask fix', function()
    local now = ours(pushed[uri])
    if #now == 0 then return false end
    for _, d in ipairs(now) do
      if d.code == 'no-personal-data-in-logs' then return false end
    end
    return true
  end)
  say('after the fix: ' .. #ours(pushed[uri]) .. ' diagnostic(s), none from no-personal-data-in-logs')

  vim.cmd('silent write')
  say('wrote ' .. vim.api.nvim_buf_get_name(bufnr))
  vim.lsp.stop_client(client_id)
end)

if not ok then
  fail(tostring(err))
else
  vim.cmd('qall!')
end
