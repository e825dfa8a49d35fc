-- Drives the Sourcing Lens client that the README's Neovim configuration attached to the story, the way a
-- reporter would (wait for diagnostics, hover with K, pick a quick fix from vim.lsp.buf.code_action), and
-- writes what each step showed to $SL_RESULT as JSON. Run by test/lsp/neovim.test.ts.
local result = {}
local buf = vim.api.nvim_get_current_buf()
local TIMEOUT = tonumber(os.getenv('SL_TIMEOUT_MS'))

--- Puts the cursor on the first occurrence of `needle` (plain text) in the buffer.
local function cursor_on(needle)
  for row, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then
      vim.api.nvim_win_set_cursor(0, { row, col - 1 })
      return row
    end
  end
  error('not in the story: ' .. needle)
end

local function diagnostics()
  return vim.tbl_map(function(d)
    return { code = d.code, source = d.source, line = d.lnum, message = d.message }
  end, vim.diagnostic.get(buf))
end

local function has_code(code)
  return function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == code then return true end
    end
    return false
  end
end

local function floating_window()
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= '' then return win end
  end
end

local function drive()
  result.filetype = vim.bo[buf].filetype
  vim.wait(TIMEOUT, has_code('unattributed-claim'), 50)
  result.diagnostics = diagnostics()

  cursor_on(os.getenv('SL_HOVER_ON'))
  vim.api.nvim_feedkeys('K', 'x', false)
  vim.wait(TIMEOUT, function() return floating_window() ~= nil end, 50)
  local float = floating_window()
  result.hover = float and vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(float), 0, -1, false) or {}
  if float then vim.api.nvim_win_close(float, true) end

  local row = cursor_on(os.getenv('SL_FIX_ON'))
  -- What Neovim's own code action command sends back (columns in bytes: a Neovim 0.7 bug the server must absorb).
  result.sent_back = vim.lsp.diagnostic.get_line_diagnostics(buf)
  local before = vim.api.nvim_buf_get_lines(buf, row - 1, row, false)[1]
  vim.ui.select = function(items, opts, on_choice)
    result.offered = vim.tbl_map(opts.format_item, items)
    for i, title in ipairs(result.offered) do
      if title:find('^Attribute to') then return on_choice(items[i], i) end
    end
    on_choice(nil, nil)
  end
  vim.lsp.buf.code_action()
  vim.wait(TIMEOUT, function() return vim.api.nvim_buf_get_lines(buf, row - 1, row, false)[1] ~= before end, 50)
  result.fixed_line = vim.api.nvim_buf_get_lines(buf, row - 1, row, false)[1]
  vim.wait(TIMEOUT, function() return not has_code('unattributed-claim')() end, 50)
  result.diagnostics_after = diagnostics()

  -- A .article file: its own filetype, served by the same client.
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('SL_ARTICLE')))
  buf = vim.api.nvim_get_current_buf()
  result.article_filetype = vim.bo[buf].filetype
  vim.wait(TIMEOUT, has_code('unattributed-claim'), 50)
  result.article_diagnostics = diagnostics()
  result.clients = #vim.lsp.get_active_clients()
end

local ok, err = pcall(drive)
if not ok then result.error = tostring(err) end
local file = assert(io.open(os.getenv('SL_RESULT'), 'w'))
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qa!')
