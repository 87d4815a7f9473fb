/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 4914:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.issueCommand = issueCommand;
exports.issue = issue;
const os = __importStar(__nccwpck_require__(857));
const utils_1 = __nccwpck_require__(302);
/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return (0, utils_1.toCommandValue)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return (0, utils_1.toCommandValue)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map

/***/ }),

/***/ 4753:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// For internal use, subject to change.
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.issueFileCommand = issueFileCommand;
exports.prepareKeyValueMessage = prepareKeyValueMessage;
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
const crypto = __importStar(__nccwpck_require__(6982));
const fs = __importStar(__nccwpck_require__(9896));
const os = __importStar(__nccwpck_require__(857));
const utils_1 = __nccwpck_require__(302);
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${(0, utils_1.toCommandValue)(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    const convertedValue = (0, utils_1.toCommandValue)(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map

/***/ }),

/***/ 1847:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.summary = exports.markdownSummary = exports.SUMMARY_DOCS_URL = exports.SUMMARY_ENV_VAR = void 0;
const os_1 = __nccwpck_require__(857);
const fs_1 = __nccwpck_require__(9896);
const { access, appendFile, writeFile } = fs_1.promises;
exports.SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
exports.SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[exports.SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${exports.SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, fs_1.constants.R_OK | fs_1.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(os_1.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
exports.markdownSummary = _summary;
exports.summary = _summary;
//# sourceMappingURL=summary.js.map

/***/ }),

/***/ 302:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toCommandValue = toCommandValue;
exports.toCommandProperties = toCommandProperties;
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map

/***/ }),

/***/ 1648:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Context = void 0;
const fs_1 = __nccwpck_require__(9896);
const os_1 = __nccwpck_require__(857);
class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if ((0, fs_1.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0, fs_1.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${os_1.EOL}`);
            }
        }
        this.eventName = process.env.GITHUB_EVENT_NAME;
        this.sha = process.env.GITHUB_SHA;
        this.ref = process.env.GITHUB_REF;
        this.workflow = process.env.GITHUB_WORKFLOW;
        this.action = process.env.GITHUB_ACTION;
        this.actor = process.env.GITHUB_ACTOR;
        this.job = process.env.GITHUB_JOB;
        this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
        this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
        this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
        this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
        this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
        this.graphqlUrl =
            (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
    }
    get issue() {
        const payload = this.payload;
        return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
    }
    get repo() {
        if (process.env.GITHUB_REPOSITORY) {
            const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
            return { owner, repo };
        }
        if (this.payload.repository) {
            return {
                owner: this.payload.repository.owner.login,
                repo: this.payload.repository.name
            };
        }
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    }
}
exports.Context = Context;
//# sourceMappingURL=context.js.map

/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {

"use strict";


const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";
/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 9280:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeFailure = describeFailure;
const errors_1 = __nccwpck_require__(4668);
const repo_ref_1 = __nccwpck_require__(7775);
const errors_2 = __nccwpck_require__(5939);
const registry_1 = __nccwpck_require__(1891);
/** One line that says which operation failed on which repo, what the Hub said, and what to do next. */
function describeFailure(error, request) {
    if (error instanceof errors_2.InputError)
        return error.message;
    if (error instanceof errors_2.OptionError && request)
        return `Input "${inputFilling(request, error.option)}": ${error.message}`;
    const repo = request && (0, registry_1.requestRepos)(request)[0];
    const subject = request ? `${request.operation}${repo ? ` on ${(0, repo_ref_1.repoId)(repo)}` : ""}` : "The action";
    if (error instanceof errors_1.HubError) {
        const hint = hintFor(error, request);
        return `${subject} failed: the Hub refused ${error.message}.${hint ? ` ${hint}` : ""}`;
    }
    if (error instanceof errors_1.HubUnreachableError) {
        return `${subject} failed: ${error.message}, even after retries. Check the endpoint input and the runner's network, or raise timeout / max_retry_wait.`;
    }
    const message = error instanceof Error ? error.message : String(error);
    return `${subject} failed: ${message}`;
}
/** The first input the operation declares for an option: the one a user would change. */
function inputFilling(request, option) {
    const inputs = registry_1.OPERATIONS[request.operation].inputs;
    return Object.keys(inputs).find((input) => inputs[input] === option) ?? option;
}
function hintFor(error, request) {
    const revision = request && "revision" in request.options ? request.options.revision : "main";
    if (error.url.endsWith("/oauth/token")) {
        return "Keyless auth was refused: add this workflow as a Trusted Publisher of the repo on the Hub, or pass a token.";
    }
    switch (error.status) {
        case 400:
            return "Fix the request as the Hub's message says.";
        case 401:
            return "The token is invalid or expired: create a new write token at huggingface.co/settings/tokens and store it as a secret.";
        case 403:
            return "The token may not write here: use a write token of the namespace's user or of a member of its org; for a protected branch, set create_pr: true.";
        case 404:
            if (error.errorCode === "RevisionNotFound")
                return `Revision "${revision}" does not exist: check the revision input.`;
            if (error.errorCode === "EntryNotFound")
                return "That path does not exist at this revision.";
            return "The repo does not exist or this token cannot see it: check repo_id and repo_type, or run create-repo first.";
        case 409:
            return "The Hub reports a conflict: another operation may be in progress; run the step again.";
        case 412:
            return "The branch moved while this run was preparing its commit: run the step again.";
        case 429:
            return error.requestedWaitMs !== undefined
                ? `The Hub's ${error.limit ? `"${error.limit}" ` : ""}limit was reached even after retries: it frees up in ${Math.ceil(error.requestedWaitMs / 1000)} s; wait that long, or raise max_retry_wait so the action waits.`
                : "A Hub rate limit or quota was reached even after retries: wait before running again.";
        default:
            return error.status >= 500
                ? "The Hub kept failing on its side after retries: try again later, and quote the request id if you report it."
                : "";
    }
}


/***/ }),

/***/ 7274:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeJsonOutput = writeJsonOutput;
const promises_1 = __nccwpck_require__(1455);
const node_os_1 = __importDefault(__nccwpck_require__(8161));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
// GitHub caps step outputs (1 MiB each, 50 MiB per job); larger answers are read from the file instead.
const MAX_INLINE_OUTPUT_BYTES = 1024 * 1024;
/** Writes a query's answer to a JSON file under RUNNER_TEMP and returns what the step outputs carry. */
async function writeJsonOutput(operation, value) {
    const text = JSON.stringify(value);
    const dir = await (0, promises_1.mkdtemp)(node_path_1.default.join(process.env.RUNNER_TEMP || node_os_1.default.tmpdir(), "hf-hub-"));
    const file = node_path_1.default.join(dir, `${operation}.json`);
    await (0, promises_1.writeFile)(file, text);
    const tooLarge = Buffer.byteLength(text) > MAX_INLINE_OUTPUT_BYTES;
    return { inline: tooLarge ? "" : text, file, tooLarge };
}


/***/ }),

/***/ 2324:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.keylessToken = keylessToken;
const core = __importStar(__nccwpck_require__(7096));
const oidc_1 = __nccwpck_require__(9890);
const repo_ref_1 = __nccwpck_require__(7775);
const errors_1 = __nccwpck_require__(5939);
const settings_1 = __nccwpck_require__(9297);
/** With no token given, a job allowed to mint OIDC tokens trades one for a short-lived token for this repo. */
async function keylessToken(connection, repo, keepSecret) {
    if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL)
        throw new errors_1.InputError("token", settings_1.MISSING_TOKEN_HELP);
    if (!repo || !repo.namespace) {
        throw new errors_1.InputError("token", "keyless auth mints a token for one repo: give repo_id as namespace/name, or pass a token.");
    }
    const idToken = await core.getIDToken(oidc_1.HUB_OIDC_AUDIENCE).catch((error) => {
        throw new errors_1.InputError("token", `no token given, and the job's OIDC token could not be had (${error.message}). Grant the job \`permissions: id-token: write\`, or pass a token.`);
    });
    keepSecret(idToken);
    const exchanged = await (0, oidc_1.exchangeIdToken)(connection, idToken, repo);
    keepSecret(exchanged.token);
    core.info(`Authenticated keylessly: a short-lived token for ${(0, repo_ref_1.repoId)(repo)} (Trusted Publishers)`);
    return exchanged;
}


/***/ }),

/***/ 7718:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isPostStep = isPostStep;
exports.prepareJobEnd = prepareJobEnd;
exports.runPostStep = runPostStep;
const promises_1 = __nccwpck_require__(1455);
const core = __importStar(__nccwpck_require__(7096));
// Saved by every main run, so that the post step (action.yml `post`) knows it is the post step.
const POST_STATE = "isPost";
const REMOVE_STATE = "removeAtJobEnd";
/** True in the post step that action.yml runs at the end of the job. */
function isPostStep() {
    return core.getState(POST_STATE) === "true";
}
/** Marks this run as the main step, and names a file the post step removes (a token file login wrote). */
function prepareJobEnd(removeAtJobEnd) {
    core.saveState(POST_STATE, "true");
    if (removeAtJobEnd)
        core.saveState(REMOVE_STATE, removeAtJobEnd);
}
/** The post step: removes what the main step asked to remove; nothing else. */
async function runPostStep() {
    const file = core.getState(REMOVE_STATE);
    if (!file)
        return;
    await (0, promises_1.rm)(file, { force: true });
    core.info(`Removed ${file}, which this action's login step wrote`);
}


/***/ }),

/***/ 3147:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
const core = __importStar(__nccwpck_require__(7096));
// Only the context: the package root would also bundle Octokit, which this action never calls.
const context_1 = __nccwpck_require__(1648);
const errors_1 = __nccwpck_require__(5939);
const registry_1 = __nccwpck_require__(1891);
const version_1 = __nccwpck_require__(311);
const failure_1 = __nccwpck_require__(9280);
const json_output_1 = __nccwpck_require__(7274);
const keyless_1 = __nccwpck_require__(2324);
const post_1 = __nccwpck_require__(7718);
const settings_1 = __nccwpck_require__(9297);
const summary_1 = __nccwpck_require__(8770);
const readInput = (name) => core.getInput(name);
const reporter = {
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    startGroup: (title) => core.startGroup(title),
    endGroup: () => core.endGroup(),
};
/** The commit and run this workflow step belongs to, for commit messages that lead back to them. */
function workflowSource() {
    const context = new context_1.Context();
    const repository = process.env.GITHUB_REPOSITORY;
    return {
        sha: context.sha || undefined,
        runUrl: repository && context.runId ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}` : undefined,
    };
}
/** The action's entry: parse inputs, run one operation, publish outputs and summary, or fail with one clear line. */
async function run() {
    if ((0, post_1.isPostStep)())
        return (0, post_1.runPostStep)().catch((error) => core.warning(String(error)));
    (0, post_1.prepareJobEnd)();
    // Every credential this run handles: masked in the log at once, and cut out of any failure message.
    const secrets = [];
    const keepSecret = (value) => {
        core.setSecret(value);
        secrets.push(value);
    };
    const token = (0, settings_1.readToken)(readInput, process.env);
    if (token)
        keepSecret(token);
    let request;
    try {
        const settings = (0, settings_1.parseSettings)(readInput, process.env, workflowSource());
        request = settings.request;
        for (const secret of (0, registry_1.requestSecrets)(request))
            keepSecret(secret);
        const connection = {
            endpoint: settings.endpoint,
            token: settings.token,
            userAgent: version_1.USER_AGENT,
            retry: settings.retry,
            onRetry: (notice) => core.info(`Retrying ${notice.method} ${notice.url} in ${(notice.waitMs / 1000).toFixed(1)} s (attempt ${notice.attempt} failed: ${notice.cause})`),
        };
        if (!connection.token && (0, registry_1.needsToken)(request)) {
            const keyless = await (0, keyless_1.keylessToken)(connection, (0, registry_1.requestRepos)(request)[0], keepSecret);
            connection.token = keyless.token;
            connection.tokenExpiresAt = keyless.expiresAt;
        }
        const result = await (0, registry_1.runOperation)({ connection, reporter }, request);
        for (const [name, value] of Object.entries(result.outputs))
            core.setOutput(name, value ?? "");
        for (const [name, value] of Object.entries(result.secretEnvironment ?? {})) {
            if (value)
                keepSecret(value);
            core.exportVariable(name, value);
        }
        if (result.removeAtJobEnd)
            (0, post_1.prepareJobEnd)(result.removeAtJobEnd);
        if (result.json) {
            const json = await (0, json_output_1.writeJsonOutput)(request.operation, result.json.value);
            core.setOutput(result.json.output, json.inline);
            core.setOutput("json_file", json.file);
            if (json.tooLarge)
                core.warning(`The ${result.json.output} output is too large for a step output: read ${json.file}`);
        }
        await (0, summary_1.writeSummary)(request.operation, result);
    }
    catch (error) {
        const redact = (text) => secrets.reduce((out, secret) => out.split(secret).join("***"), text);
        if (error instanceof errors_1.ReportedFailure && request) {
            const report = { headline: redact(error.report.headline), lines: error.report.lines.map(redact) };
            await (0, summary_1.writeFailureSummary)(request.operation, report).catch(() => undefined);
        }
        core.setFailed(redact((0, failure_1.describeFailure)(error, request)));
    }
}


/***/ }),

/***/ 9297:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MISSING_TOKEN_HELP = exports.ACTION_INPUTS = void 0;
exports.readToken = readToken;
exports.parseSettings = parseSettings;
const retry_1 = __nccwpck_require__(4529);
const errors_1 = __nccwpck_require__(5939);
const values_1 = __nccwpck_require__(9630);
const registry_1 = __nccwpck_require__(1891);
const DEFAULT_ENDPOINT = "https://huggingface.co";
/** The inputs every run reads, whatever the operation; each operation declares the rest. */
exports.ACTION_INPUTS = ["operation", "token", "endpoint", "timeout", "max_retry_wait"];
/** The token from the input or, failing that, HF_TOKEN; read first so that it can be masked at once. */
function readToken(read, env) {
    return read("token") || env.HF_TOKEN || undefined;
}
function parseSettings(read, env, source = {}) {
    const raw = read("operation");
    const operation = (0, registry_1.findOperation)(raw) ?? (0, values_1.parseChoice)("operation", raw, registry_1.OPERATION_NAMES);
    const settings = {
        endpoint: parseEndpoint(read("endpoint") || env.HF_ENDPOINT || DEFAULT_ENDPOINT),
        token: parseToken(readToken(read, env)),
        retry: {
            ...retry_1.DEFAULT_RETRY_POLICY,
            timeoutMs: (0, values_1.parseInteger)("timeout", read("timeout"), retry_1.DEFAULT_RETRY_POLICY.timeoutMs / 1000, 1, 3600) * 1000,
            maxRetryWaitMs: (0, values_1.parseInteger)("max_retry_wait", read("max_retry_wait"), retry_1.DEFAULT_RETRY_POLICY.maxRetryWaitMs / 1000, 0, 3600) *
                1000,
        },
    };
    const options = registry_1.OPERATIONS[operation].parse(read, { workspace: env.GITHUB_WORKSPACE || process.cwd(), source, env });
    return { ...settings, request: { operation, options } };
}
function parseEndpoint(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors_1.InputError("endpoint", `"${raw}" is not a URL. Use ${DEFAULT_ENDPOINT} or your Hub's base URL.`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
        throw new errors_1.InputError("endpoint", `"${raw}" must be an http(s) URL, e.g. ${DEFAULT_ENDPOINT}.`);
    }
    if (url.username || url.password || url.search || url.hash) {
        throw new errors_1.InputError("endpoint", `must be a plain base URL without credentials, query or fragment.`);
    }
    return url.toString().replace(/\/+$/, "");
}
/** Why a run has no token, and how to give it one. */
exports.MISSING_TOKEN_HELP = "no token given. Pass a Hugging Face write token from a secret (token: ${{ secrets.HF_TOKEN }}), set HF_TOKEN, or grant the job `permissions: id-token: write` for keyless auth with Trusted Publishers.";
// Never echoes the token itself: errors end up in logs.
function parseToken(token) {
    if (token === undefined)
        return undefined;
    if (!/^hf_[A-Za-z0-9_-]+$/.test(token)) {
        throw new errors_1.InputError("token", "is not a Hugging Face access token (they start with hf_). Check the secret.");
    }
    return token;
}


/***/ }),

/***/ 8770:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeSummary = writeSummary;
exports.writeFailureSummary = writeFailureSummary;
const core = __importStar(__nccwpck_require__(7096));
/** Writes the job summary when the runner provides one (GITHUB_STEP_SUMMARY). */
async function writeSummary(operation, result) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const summary = core.summary.addHeading(`Hugging Face Hub: ${operation}`, 3).addRaw(result.headline, true);
    summary.addList(result.links.map((link) => `${link.label}: <a href="${escapeHtml(link.url)}">${escapeHtml(link.url)}</a>`));
    if (result.table) {
        summary.addTable([
            result.table.header.map((data) => ({ data, header: true })),
            ...result.table.rows.map((row) => row.map(escapeHtml)),
        ]);
    }
    await summary.write();
}
const HTML_SPECIAL = /[&<>"]/g;
const HTML_ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
function escapeHtml(text) {
    return text.replace(HTML_SPECIAL, (char) => HTML_ENTITY[char]);
}
/** The job summary of a failed run that had something to show, such as a Space's build log. */
async function writeFailureSummary(operation, report) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const [title, ...lines] = report.lines;
    await core.summary
        .addHeading(`Hugging Face Hub: ${operation} failed`, 3)
        .addRaw(escapeHtml(report.headline), true)
        .addDetails(escapeHtml(title ?? "Log"), `<pre>${escapeHtml(lines.join("\n"))}</pre>`)
        .write();
}


/***/ }),

/***/ 7096:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.summary = void 0;
exports.getInput = getInput;
exports.setOutput = setOutput;
exports.exportVariable = exportVariable;
exports.setSecret = setSecret;
exports.saveState = saveState;
exports.getState = getState;
exports.info = info;
exports.warning = warning;
exports.setFailed = setFailed;
exports.startGroup = startGroup;
exports.endGroup = endGroup;
exports.getIDToken = getIDToken;
/**
 * The parts of @actions/core this action uses, from the toolkit's own command modules. Its entry module also
 * loads its HTTP client (undici) and @actions/exec: a bundle four times the size, about 7 MB and 20-50 ms more per
 * run, for the one OIDC token request that keyless auth makes, which goes through our HTTP layer instead.
 */
const node_os_1 = __importDefault(__nccwpck_require__(8161));
const command_1 = __nccwpck_require__(4914);
const file_command_1 = __nccwpck_require__(4753);
const summary_1 = __nccwpck_require__(1847);
Object.defineProperty(exports, "summary", ({ enumerable: true, get: function () { return summary_1.summary; } }));
const utils_1 = __nccwpck_require__(302);
const connection_1 = __nccwpck_require__(1871);
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "").trim();
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return (0, file_command_1.issueFileCommand)("OUTPUT", (0, file_command_1.prepareKeyValueMessage)(name, value));
    process.stdout.write(node_os_1.default.EOL);
    (0, command_1.issueCommand)("set-output", { name }, (0, utils_1.toCommandValue)(value));
}
/** A variable for the job's later steps, and for this process. */
function exportVariable(name, value) {
    process.env[name] = value;
    if (process.env.GITHUB_ENV)
        return (0, file_command_1.issueFileCommand)("ENV", (0, file_command_1.prepareKeyValueMessage)(name, value));
    (0, command_1.issueCommand)("set-env", { name }, value);
}
function setSecret(secret) {
    (0, command_1.issueCommand)("add-mask", {}, secret);
}
/** State for this action's post step, which reads it back with getState. */
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return (0, file_command_1.issueFileCommand)("STATE", (0, file_command_1.prepareKeyValueMessage)(name, value));
    (0, command_1.issueCommand)("save-state", { name }, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] || "";
}
function info(message) {
    process.stdout.write(message + node_os_1.default.EOL);
}
function warning(message) {
    (0, command_1.issueCommand)("warning", {}, message);
}
function setFailed(message) {
    process.exitCode = 1;
    (0, command_1.issueCommand)("error", {}, message);
}
function startGroup(title) {
    (0, command_1.issueCommand)("group", {}, title);
}
function endGroup() {
    (0, command_1.issueCommand)("endgroup", {}, "");
}
/** The job's OIDC token for `audience` (keyless auth), asked of the runner as @actions/core's getIDToken does. */
async function getIDToken(audience) {
    const base = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!base || !bearer) {
        throw new Error("the job may not mint an OIDC token: grant it `permissions: id-token: write`, or pass a token");
    }
    const url = `${base}&audience=${encodeURIComponent(audience)}`;
    const runner = { endpoint: new URL(url).origin, userAgent: "actions/oidc-client" };
    const response = await (0, connection_1.hubRequest)(runner, {
        url,
        headers: { Authorization: `Bearer ${bearer}`, Accept: "application/json" },
    });
    const value = response.json().value;
    if (typeof value !== "string" || !value)
        throw new Error("the runner's OIDC token service answered without a token");
    setSecret(value);
    return value;
}


/***/ }),

/***/ 8262:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createCommit = createCommit;
exports.classifyCommitFailure = classifyCommitFailure;
exports.isLostAnswer = isLostAnswer;
const connection_1 = __nccwpck_require__(1871);
const errors_1 = __nccwpck_require__(4668);
const file_content_1 = __nccwpck_require__(6813);
const repo_ref_1 = __nccwpck_require__(7775);
const retry_1 = __nccwpck_require__(4529);
/**
 * Creates one commit holding every operation. Never re-sent by the HTTP layer: whether a failed commit
 * landed is for the caller to find out (see classifyCommitFailure).
 */
async function createCommit(connection, repo, commit, onProgress) {
    const body = commitBody(commit.header, commit.operations);
    let sent = 0;
    onProgress?.(sent, body.length);
    const response = await (0, connection_1.hubRequest)(connection, {
        method: "POST",
        url: `${(0, repo_ref_1.repoApiPath)(repo)}/commit/${encodeURIComponent(commit.revision)}${commit.createPr ? "?create_pr=1" : ""}`,
        headers: { "Content-Type": "application/x-ndjson" },
        body,
        retry: false,
        onBodyBytes: (bytes) => onProgress?.((sent += bytes), body.length),
    });
    const answer = response.json();
    return {
        sha: answer.commitOid,
        url: (0, connection_1.onEndpoint)(connection, answer.commitUrl),
        pullRequestUrl: answer.pullRequestUrl && (0, connection_1.onEndpoint)(connection, answer.pullRequestUrl),
    };
}
/**
 * What a failed commit calls for: a 429 was not applied, so the same commit waits and goes again; a moved
 * branch (412) or a lost answer (nothing answered, or 5xx) needs a look at the branch and a new plan.
 */
function classifyCommitFailure(error) {
    if ((0, connection_1.isHubError)(error, 429))
        return { action: "retry", waitMs: error.requestedWaitMs };
    if ((0, connection_1.isHubError)(error, 412) || isLostAnswer(error))
        return { action: "replan" };
    return { action: "fail" };
}
/** A commit attempt whose outcome is unknown: nothing answered, or the Hub failed on its side. */
function isLostAnswer(error) {
    if (error instanceof errors_1.HubUnreachableError)
        return true;
    return (0, connection_1.isHubError)(error) && error.status !== 429 && (0, retry_1.isRetryableStatus)(error.status, error.serverMessage);
}
/**
 * The NDJSON body with its exact length computed up front (the Hub's clients send a Content-Length, never a
 * chunked body), streamed: regular files are read one at a time as the socket takes the body, in batches.
 * The body is plain ASCII (JSON escapes anything else), so it goes to the socket without UTF-8 encoding.
 */
function commitBody(header, operations) {
    const length = operations.reduce((sum, operation) => sum + lineLength(operation), line({ key: "header", value: header }).length);
    return { length, parts: () => commitParts(header, operations), encoding: "latin1" };
}
// Lines go to the socket in parts of up to this size: fewer writes and waits for drain than one per line, yet
// small enough for V8's young generation (strings over ~128 KiB are allocated where only a full GC frees them,
// which let 2,000 small files' body push peak memory past 100 MB).
const WRITE_BATCH_CHARS = 120 * 1024;
async function* commitParts(header, operations) {
    const reader = new file_content_1.ContentReader();
    let batch = line({ key: "header", value: header });
    for (const operation of operations) {
        const next = operation.kind === "regularFile"
            ? fileLine(operation.pathInRepo, reader.read(operation.localPath, operation.size))
            : line(lineValue(operation));
        if (batch.length > 0 && batch.length + next.length > WRITE_BATCH_CHARS) {
            yield batch;
            batch = "";
        }
        batch += next;
    }
    if (batch)
        yield batch;
}
// Base64 needs no JSON escaping, so a file's line is its path's JSON around the content, without re-scanning it.
function fileLine(pathInRepo, content) {
    return `{"key":"file","value":{"path":${asciiJson(pathInRepo)},"content":"${content.toString("base64")}","encoding":"base64"}}\n`;
}
function lineLength(operation) {
    if (operation.kind !== "regularFile")
        return line(lineValue(operation)).length;
    return fileLine(operation.pathInRepo, Buffer.alloc(0)).length + 4 * Math.ceil(operation.size / 3);
}
function lineValue(operation) {
    switch (operation.kind) {
        case "lfsFile":
            return {
                key: "lfsFile",
                value: { path: operation.pathInRepo, algo: "sha256", oid: operation.sha256, size: operation.size },
            };
        case "deleteFile":
            return { key: "deletedFile", value: { path: operation.pathInRepo } };
    }
}
function line(value) {
    return `${asciiJson(value)}\n`;
}
/** JSON with every non-ASCII character escaped (`\u00e9`): the same value to any JSON reader, one byte a character. */
function asciiJson(value) {
    return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}


/***/ }),

/***/ 1871:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HubResponse = void 0;
exports.hubRequest = hubRequest;
exports.onEndpoint = onEndpoint;
exports.causeOf = causeOf;
exports.isHubError = isHubError;
const errors_1 = __nccwpck_require__(4668);
const http_1 = __nccwpck_require__(4563);
const retry_1 = __nccwpck_require__(4529);
/** A Hub answer, read whole: Hub API answers are small (file bytes never come back this way). */
class HubResponse {
    raw;
    constructor(raw) {
        this.raw = raw;
    }
    get status() {
        return this.raw.status;
    }
    header(name) {
        return (0, http_1.headerValue)(this.raw.headers, name);
    }
    text() {
        return this.raw.body.toString("utf8");
    }
    json() {
        return JSON.parse(this.text());
    }
}
exports.HubResponse = HubResponse;
/**
 * Sends a request to the Hub and returns the answer, retrying network errors, timeouts, 408, 429 and 5xx
 * with backoff (or the wait the Hub asks for) within the connection's retry policy; any other non-2xx
 * answer, or the last failure, is thrown as a HubError (HubUnreachableError when nothing answered).
 */
async function hubRequest(connection, request) {
    const method = request.method ?? "GET";
    const url = request.url.startsWith("http")
        ? onEndpoint(connection, request.url)
        : `${connection.endpoint}${request.url}`;
    const headers = { "User-Agent": connection.userAgent, ...request.headers };
    if (request.withAuth !== false && connection.token && sameOrigin(url, connection.endpoint)) {
        headers.Authorization = `Bearer ${connection.token}`;
    }
    let body = request.body;
    if (request.json !== undefined) {
        body = JSON.stringify(request.json);
        headers["Content-Type"] ??= "application/json";
    }
    const policy = connection.retry ?? retry_1.DEFAULT_RETRY_POLICY;
    const send = {
        method,
        url,
        headers,
        body,
        idleTimeoutMs: policy.timeoutMs,
        onBodyBytes: request.onBodyBytes,
        readForMs: request.readForMs,
    };
    return (0, retry_1.withRetries)(async () => {
        const raw = await sendFollowingRedirects(connection, send).catch((error) => {
            throw (0, retry_1.isNetworkError)(error) ? new errors_1.HubUnreachableError(method, url, error.message) : error;
        });
        if (raw.status >= 200 && raw.status < 300)
            return new HubResponse(raw);
        throw hubErrorFromHttp(method, raw);
    }, {
        policy,
        classify: request.retry === false ? () => ({ action: "fail" }) : classifyRequestFailure,
        onRetry: ({ attempt, waitMs, error }) => connection.onRetry?.({ method, url: (0, errors_1.withoutQuery)(url), attempt, waitMs, cause: causeOf(error) }),
    });
}
/** The origin the Hub names in the URLs it returns (LFS verify and completion, commits, new repos). */
const DEFAULT_HUB_ORIGIN = "https://huggingface.co";
/**
 * A URL the Hub returned, moved onto the configured endpoint: behind a proxy or mirror the runner may not
 * reach huggingface.co itself, as the Python client knows. Other origins (presigned storage) are kept.
 */
function onEndpoint(connection, url) {
    if (connection.endpoint === DEFAULT_HUB_ORIGIN)
        return url;
    const onDefault = url === DEFAULT_HUB_ORIGIN || url.startsWith(`${DEFAULT_HUB_ORIGIN}/`);
    return onDefault ? `${connection.endpoint}${url.slice(DEFAULT_HUB_ORIGIN.length)}` : url;
}
/** A request is worth sending again when nothing answered, or the Hub's answer says it may pass later. */
function classifyRequestFailure(error) {
    if (error instanceof errors_1.HubUnreachableError)
        return { action: "retry" };
    if (error instanceof errors_1.HubError && (0, retry_1.isRetryableStatus)(error.status, error.serverMessage)) {
        return { action: "retry", waitMs: error.requestedWaitMs };
    }
    return { action: "fail" };
}
const MAX_REDIRECTS = 5;
/**
 * Follows the Hub's redirects (307 for a renamed repo, with a relative Location), re-sending the same
 * method and body; the token goes along only to the endpoint's own origin.
 */
async function sendFollowingRedirects(connection, request) {
    let current = request;
    for (let hops = 0;; hops++) {
        const raw = await (0, http_1.sendHttp)(current);
        const location = (0, http_1.headerValue)(raw.headers, "location");
        if (![301, 302, 303, 307, 308].includes(raw.status) || !location || hops >= MAX_REDIRECTS)
            return raw;
        const url = new URL(location, current.url).href;
        const headers = { ...current.headers };
        if (!sameOrigin(url, connection.endpoint))
            delete headers.Authorization;
        // 303 (and, by custom, 301/302) turn into a GET without a body.
        const keepsBody = raw.status === 307 || raw.status === 308;
        current = { ...current, url, headers, ...(keepsBody ? {} : { method: "GET", body: undefined }) };
    }
}
/** What made an attempt fail, in a few words for the retry log line. */
function causeOf(failure) {
    if (failure instanceof errors_1.HubError) {
        return [String(failure.status), failure.errorCode, failure.serverMessage].filter(Boolean).join(" ");
    }
    return failure instanceof errors_1.HubUnreachableError ? failure.reason : failure.message;
}
function hubErrorFromHttp(method, raw) {
    const requestedWaitMs = (0, retry_1.serverRequestedWaitMs)(raw.headers);
    return new errors_1.HubError({
        method,
        url: raw.url,
        status: raw.status,
        serverMessage: (0, errors_1.errorMessageFromBody)(raw.body.toString("utf8"), (0, http_1.headerValue)(raw.headers, "x-error-message") ?? null),
        errorCode: (0, http_1.headerValue)(raw.headers, "x-error-code"),
        requestId: (0, http_1.headerValue)(raw.headers, "x-request-id"),
        requestedWaitMs,
        limit: (0, retry_1.parseRateLimit)((0, http_1.headerValue)(raw.headers, "ratelimit"))?.policy,
        answer: parseJson(raw.body.toString("utf8")),
    });
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function isHubError(error, status) {
    return error instanceof errors_1.HubError && (status === undefined || error.status === status);
}
function sameOrigin(url, endpoint) {
    return new URL(url).origin === new URL(endpoint).origin;
}


/***/ }),

/***/ 4668:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HubUnreachableError = exports.HubError = void 0;
exports.withoutQuery = withoutQuery;
exports.errorMessageFromBody = errorMessageFromBody;
/** A failed Hub call: what was asked, and everything the Hub said about why. */
class HubError extends Error {
    constructor(failure) {
        super(describeHubFailure(failure));
        this.name = "HubError";
        Object.assign(this, failure);
    }
}
exports.HubError = HubError;
function describeHubFailure({ method, url, status, serverMessage, errorCode, requestId }) {
    const parts = [`${method} ${withoutQuery(url)} answered ${status}`];
    if (errorCode)
        parts.push(`X-Error-Code ${errorCode}`);
    if (serverMessage)
        parts.push(`"${serverMessage}"`);
    if (requestId)
        parts.push(`request id ${requestId}`);
    return parts.join(", ");
}
// Presigned storage URLs carry credentials in their query string; never repeat them.
function withoutQuery(url) {
    const index = url.indexOf("?");
    return index === -1 ? url : url.slice(0, index);
}
const MAX_MESSAGE_LENGTH = 500;
/** Reads the Hub's error text from any of the body shapes it uses. */
function errorMessageFromBody(body, headerMessage) {
    let message = "";
    try {
        const json = JSON.parse(body);
        message = messageFromJson(json);
    }
    catch {
        message = body.trim();
    }
    if (!message && headerMessage)
        message = headerMessage;
    return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}...` : message;
}
function messageFromJson(json) {
    if (typeof json !== "object" || json === null)
        return String(json);
    const record = json;
    const error = record.error;
    const texts = [];
    if (typeof error === "string")
        texts.push(error);
    else if (Array.isArray(error))
        texts.push(...error.map(String));
    if (typeof record.error_description === "string")
        texts.push(record.error_description);
    if (Array.isArray(record.errors)) {
        for (const item of record.errors) {
            if (item && typeof item === "object" && "message" in item)
                texts.push(String(item.message));
        }
    }
    if (texts.length === 0 && typeof record.message === "string")
        texts.push(record.message);
    return texts.join("; ");
}
/** The Hub could not be reached (or stopped answering) even after retries. */
class HubUnreachableError extends Error {
    method;
    url;
    reason;
    constructor(method, url, reason) {
        super(`${method} ${withoutQuery(url)} got no answer: ${reason}`);
        this.method = method;
        this.url = url;
        this.reason = reason;
        this.name = "HubUnreachableError";
    }
}
exports.HubUnreachableError = HubUnreachableError;


/***/ }),

/***/ 6813:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ContentReader = void 0;
const node_fs_1 = __nccwpck_require__(3024);
/**
 * Reads regular files, one at a time, into one buffer that grows to the largest of them (regular files are
 * at most 10 MiB): no new buffer per file for the garbage collector. Synchronous: for thousands of small files
 * the promise API's file handles cost more main-thread time than the reads themselves.
 */
class ContentReader {
    buffer = Buffer.allocUnsafe(64 * 1024);
    /** The file's content, which must still be the `size` bytes selection saw (a commit body's length counts on it). */
    read(path, size) {
        // One byte more than expected shows a file that grew.
        if (this.buffer.length < size + 1)
            this.buffer = Buffer.allocUnsafe(size + 1);
        const descriptor = (0, node_fs_1.openSync)(path, "r");
        try {
            let length = 0;
            for (let read = -1; read !== 0 && length <= size; length += read) {
                read = (0, node_fs_1.readSync)(descriptor, this.buffer, length, size + 1 - length, length);
            }
            if (length !== size) {
                const now = (0, node_fs_1.fstatSync)(descriptor).size;
                throw new Error(`${path} changed while it was uploaded (${size} bytes, now ${now}): run the step again`);
            }
        }
        finally {
            (0, node_fs_1.closeSync)(descriptor);
        }
        return this.buffer.subarray(0, size);
    }
}
exports.ContentReader = ContentReader;


/***/ }),

/***/ 5004:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.remoteFiles = remoteFiles;
exports.listRepoFiles = listRepoFiles;
exports.nextPage = nextPage;
const connection_1 = __nccwpck_require__(1871);
const repo_ref_1 = __nccwpck_require__(7775);
const urls_1 = __nccwpck_require__(6137);
const filesOf = (entries) => entries
    .filter((entry) => entry.type === "file")
    .map((entry) => ({ path: entry.path, size: entry.size, oid: entry.oid, lfs: entry.lfs }));
// The Hub takes at most 2000 paths a call; mirror mode may ask about more.
const PATHS_PER_CALL = 1000;
/** The entries that exist at `revision` among `paths`; missing paths are simply absent. */
async function remoteFiles(connection, repo, revision, paths) {
    const found = [];
    for (let start = 0; start < paths.length; start += PATHS_PER_CALL) {
        const response = await (0, connection_1.hubRequest)(connection, {
            method: "POST",
            url: `${(0, repo_ref_1.repoApiPath)(repo)}/paths-info/${encodeURIComponent(revision)}`,
            json: { paths: paths.slice(start, start + PATHS_PER_CALL), expand: false },
        });
        found.push(...filesOf(response.json()));
    }
    return found;
}
/** Files at a revision below a folder, paging through the tree listing (`Link: rel="next"`). */
async function listRepoFiles(connection, repo, listing) {
    const folder = listing.folder ? `/${(0, urls_1.encodePath)(listing.folder)}` : "";
    const files = [];
    let url = `${(0, repo_ref_1.repoApiPath)(repo)}/tree/${encodeURIComponent(listing.revision)}${folder}?recursive=${listing.recursive}&expand=false`;
    try {
        while (url) {
            const response = await (0, connection_1.hubRequest)(connection, { url });
            files.push(...filesOf(response.json()));
            url = nextPage(response.header("link"));
        }
    }
    catch (error) {
        // A destination folder that does not exist yet simply holds nothing.
        if (listing.folder && (0, connection_1.isHubError)(error, 404) && error.errorCode === "EntryNotFound")
            return [];
        throw error;
    }
    return files;
}
/** The `rel="next"` target of a `Link` header, when there is a next page. */
function nextPage(link) {
    return link ? /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] : undefined;
}


/***/ }),

/***/ 4563:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.READ_CHUNK_BYTES = void 0;
exports.sendHttp = sendHttp;
exports.headerValue = headerValue;
const promises_1 = __nccwpck_require__(1455);
const node_http_1 = __importDefault(__nccwpck_require__(7067));
// 1 MiB reads keep hashing and sending at full speed while few buffers wait for the garbage collector.
exports.READ_CHUNK_BYTES = 1024 * 1024;
// One pool per protocol: connections are reused across the many calls of an upload.
const httpAgent = new node_http_1.default.Agent({ keepAlive: true, maxSockets: 64 });
let secure;
// TLS is loaded on the first https call only: it costs a few ms of start-up that a plain-http run never uses.
function secureTransport() {
    if (!secure) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, see above
        const transport = __nccwpck_require__(4708);
        secure = { transport, agent: new transport.Agent({ keepAlive: true, maxSockets: 64 }) };
    }
    return secure;
}
/**
 * Sends one request with Node's own http client (Node's fetch costs ~40 MB of memory more and cannot
 * stream a file slice with an exact Content-Length). Resolves with any status; rejects on network errors.
 */
function sendHttp(request) {
    const target = new URL(request.url);
    const { transport, agent } = target.protocol === "https:" ? secureTransport() : { transport: node_http_1.default, agent: httpAgent };
    return new Promise((resolve, reject) => {
        const headers = { ...request.headers };
        headers["Content-Length"] = String(bodyLength(request.body));
        const outgoing = transport.request(target, { method: request.method, headers, agent }, (response) => {
            const chunks = [];
            const done = () => resolve({
                url: request.url,
                status: response.statusCode ?? 0,
                headers: response.headers,
                body: Buffer.concat(chunks),
            });
            response.on("data", (chunk) => chunks.push(chunk));
            response.on("error", reject);
            response.on("end", done);
            if (request.readForMs !== undefined) {
                const timer = setTimeout(() => {
                    done();
                    response.destroy();
                }, request.readForMs);
                response.on("close", () => clearTimeout(timer));
            }
        });
        outgoing.on("error", reject);
        if (request.idleTimeoutMs) {
            outgoing.setTimeout(request.idleTimeoutMs, () => outgoing.destroy(Object.assign(new Error(`no answer within ${request.idleTimeoutMs} ms`), { code: "ETIMEDOUT" })));
        }
        writeBody(outgoing, request.body, request.onBodyBytes).catch((error) => outgoing.destroy(error));
    });
}
// Every body has a length known up front: the Hub's clients never send chunked bodies.
function bodyLength(body) {
    if (body === undefined)
        return 0;
    if (typeof body === "string")
        return Buffer.byteLength(body);
    return body.length;
}
async function writeBody(outgoing, body, onBytes) {
    if (body === undefined || typeof body === "string" || Buffer.isBuffer(body)) {
        outgoing.end(body);
        return;
    }
    if (!("parts" in body)) {
        await writeFileSlice(outgoing, body, onBytes);
        return;
    }
    const encoding = body.encoding ?? "utf8";
    for await (const part of body.parts()) {
        if (outgoing.destroyed)
            return;
        onBytes?.(typeof part === "string" ? Buffer.byteLength(part, encoding) : part.length);
        // Waiting for drain keeps at most one part in flight: memory stays flat whatever the body's size.
        if (!(typeof part === "string" ? outgoing.write(part, encoding) : outgoing.write(part))) {
            await drainedOrClosed(outgoing);
        }
    }
    outgoing.end();
}
/**
 * Streams a file slice through two reused buffers: a buffer is refilled only once the socket has taken it,
 * so memory stays flat and nothing is left for the garbage collector, whatever the slice's size.
 */
async function writeFileSlice(outgoing, slice, onBytes) {
    const handle = await (0, promises_1.open)(slice.path, "r");
    try {
        const buffers = [Buffer.allocUnsafe(exports.READ_CHUNK_BYTES), Buffer.allocUnsafe(exports.READ_CHUNK_BYTES)];
        const taken = [Promise.resolve(), Promise.resolve()];
        const closed = new Promise((resolve) => outgoing.once("close", resolve));
        let sent = 0;
        for (let current = 0; sent < slice.length; current ^= 1) {
            await Promise.race([taken[current], closed]);
            if (outgoing.destroyed)
                return;
            const wanted = Math.min(exports.READ_CHUNK_BYTES, slice.length - sent);
            const { bytesRead } = await handle.read(buffers[current], 0, wanted, slice.start + sent);
            if (bytesRead === 0)
                throw new Error(`${slice.path} ended early: it changed while it was uploaded`);
            sent += bytesRead;
            onBytes?.(bytesRead);
            taken[current] = new Promise((resolve) => outgoing.write(buffers[current].subarray(0, bytesRead), () => resolve()));
        }
        outgoing.end();
    }
    finally {
        await handle.close();
    }
}
function drainedOrClosed(outgoing) {
    return new Promise((resolve) => {
        const done = () => {
            outgoing.off("drain", done);
            outgoing.off("close", done);
            resolve();
        };
        outgoing.once("drain", done);
        outgoing.once("close", done);
    });
}
function headerValue(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}


/***/ }),

/***/ 9468:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.lfsBatch = lfsBatch;
exports.multipartParts = multipartParts;
exports.putToStorage = putToStorage;
exports.completeMultipart = completeMultipart;
exports.verifyLfsObject = verifyLfsObject;
const connection_1 = __nccwpck_require__(1871);
const repo_ref_1 = __nccwpck_require__(7775);
const LFS_CONTENT_TYPE = "application/vnd.git-lfs+json";
const LFS_HEADERS = { Accept: LFS_CONTENT_TYPE, "Content-Type": LFS_CONTENT_TYPE };
/** Asks the Hub where to upload each object; objects it already has come back without actions. */
async function lfsBatch(connection, repo, objects, branch) {
    const response = await (0, connection_1.hubRequest)(connection, {
        method: "POST",
        url: `/${(0, repo_ref_1.repoUrlPart)(repo)}.git/info/lfs/objects/batch`,
        headers: LFS_HEADERS,
        body: JSON.stringify({
            operation: "upload",
            transfers: ["basic", "multipart"],
            hash_algo: "sha256",
            ...(branch ? { ref: { name: branch } } : {}),
            objects,
        }),
    });
    return response.json().objects;
}
/** A multipart upload's part size and presigned part URLs, in part order; undefined for a basic upload. */
function multipartParts(upload) {
    const chunkSize = Number(upload.header?.chunk_size);
    if (!(chunkSize > 0))
        return undefined;
    const names = Object.keys(upload.header ?? {})
        .filter((key) => /^\d+$/.test(key))
        .sort((a, b) => Number(a) - Number(b));
    return { chunkSize, urls: names.map((name) => upload.header[name]), numbers: names.map(Number) };
}
/** PUTs file bytes to a presigned storage URL: no Hub token, an exact Content-Length, streamed from disk. */
function putToStorage(connection, url, slice, options = {}) {
    return (0, connection_1.hubRequest)(connection, {
        method: "PUT",
        url,
        headers: options.headers,
        body: slice,
        withAuth: false,
        onBodyBytes: options.onBytes,
    });
}
/** Tells storage that every part of a multipart upload is in. */
async function completeMultipart(connection, upload, oid, parts) {
    await (0, connection_1.hubRequest)(connection, {
        method: "POST",
        url: upload.href,
        withAuth: false,
        headers: LFS_HEADERS,
        body: JSON.stringify({ oid, parts }),
    });
}
/** Asks the Hub to confirm it holds the object, as the batch answer's verify action requests. */
async function verifyLfsObject(connection, verify, object) {
    await (0, connection_1.hubRequest)(connection, {
        method: "POST",
        url: verify.href,
        headers: { ...LFS_HEADERS, ...verify.header },
        body: JSON.stringify(object),
    });
}


/***/ }),

/***/ 7882:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listRepos = listRepos;
exports.tagsByType = tagsByType;
exports.listMetrics = listMetrics;
const connection_1 = __nccwpck_require__(1871);
const files_1 = __nccwpck_require__(5004);
/** Searches models, datasets or spaces, following `Link: <...>; rel="next"` pages until `limit` repos are in. */
async function listRepos(connection, type, search) {
    const query = new URLSearchParams();
    if (search.search)
        query.set("search", search.search);
    if (search.author)
        query.set("author", search.author);
    for (const filter of search.filters)
        query.append("filter", filter);
    if (search.sort)
        query.set("sort", search.sort);
    if (search.direction)
        query.set("direction", search.direction);
    if (search.full)
        query.set("full", "true");
    if (search.cardData)
        query.set("cardData", "true");
    if (search.config)
        query.set("config", "true");
    // The Hub pages at 1000 at most; asking for no more than needed keeps answers small.
    query.set("limit", String(Math.min(search.limit, 1000)));
    const repos = [];
    let url = `/api/${type}s?${query}`;
    while (url && repos.length < search.limit) {
        const response = await (0, connection_1.hubRequest)(connection, { url });
        repos.push(...response.json());
        url = (0, files_1.nextPage)(response.header("link"));
    }
    return repos.slice(0, search.limit);
}
/** The tags the Hub knows for models or datasets, by tag type (library, language, task_categories, ...). */
async function tagsByType(connection, type) {
    return (await (0, connection_1.hubRequest)(connection, { url: `/api/${type}s-tags-by-type` })).json();
}
async function listMetrics(connection) {
    return (await (0, connection_1.hubRequest)(connection, { url: "/api/metrics" })).json();
}


/***/ }),

/***/ 9890:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HUB_OIDC_AUDIENCE = void 0;
exports.exchangeIdToken = exchangeIdToken;
const connection_1 = __nccwpck_require__(1871);
const repo_ref_1 = __nccwpck_require__(7775);
/** The audience Hugging Face's Trusted Publishers expect in a CI OIDC token. */
exports.HUB_OIDC_AUDIENCE = "https://huggingface.co";
async function exchangeIdToken(connection, idToken, ref) {
    const response = await (0, connection_1.hubRequest)(connection, {
        method: "POST",
        url: "/oauth/token",
        withAuth: false,
        json: {
            grant_type: "urn:ietf:params:oauth:grant-type:token-exchange",
            subject_token_type: "urn:ietf:params:oauth:token-type:id_token",
            subject_token: idToken,
            resource: (0, repo_ref_1.repoUrlPart)(ref),
        },
    });
    const body = response.json();
    if (!body.access_token)
        throw new Error("the Hub's token exchange answered without an access_token");
    const expiresAt = typeof body.expires_in === "number" ? new Date(Date.now() + body.expires_in * 1000).toISOString() : undefined;
    return { token: body.access_token, expiresAt };
}


/***/ }),

/***/ 9151:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizePathInRepo = normalizePathInRepo;
const MAX_PATH_LENGTH = 1000;
// What normalising could change or refuse: a backslash, an empty, `.`, `..` or `.git` segment, a leading `/`.
const NEEDS_A_LOOK = /\\|^$|^\/|\/$|\/\/|(^|\/)\.{1,2}(\/|$)|(^|\/)\.git(\/|$)/;
/**
 * Normalises a path inside a repo the way the Hub does (drops a leading `/` or `./`, uses `/`)
 * and throws a plain Error when the Hub would refuse it.
 */
function normalizePathInRepo(path) {
    // Most paths are already in the Hub's form; checking that is one scan.
    if (path.length <= MAX_PATH_LENGTH && !NEEDS_A_LOOK.test(path))
        return path;
    let normalized = path.replace(/\\/g, "/");
    while (normalized.startsWith("/") || normalized.startsWith("./")) {
        normalized = normalized.startsWith("/") ? normalized.slice(1) : normalized.slice(2);
    }
    normalized = normalized.replace(/\/+$/, "");
    if (normalized.length === 0)
        throw new Error(`"${path}" names no file`);
    if (normalized.length > MAX_PATH_LENGTH) {
        throw new Error(`"${path}" is ${normalized.length} characters long; the Hub allows at most ${MAX_PATH_LENGTH}`);
    }
    const segments = normalized.split("/");
    if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
        throw new Error(`"${path}" may not contain empty, '.' or '..' segments`);
    }
    if (segments.some((segment) => segment === ".git")) {
        throw new Error(`"${path}" may not contain a '.git' segment`);
    }
    return normalized;
}


/***/ }),

/***/ 8503:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.preupload = preupload;
const connection_1 = __nccwpck_require__(1871);
const repo_ref_1 = __nccwpck_require__(7775);
/** Asks the Hub, for one batch of files, which go to LFS, which to leave out, and what each path holds now. */
async function preupload(connection, repo, target, files) {
    const response = await (0, connection_1.hubRequest)(connection, {
        method: "POST",
        url: `${(0, repo_ref_1.repoApiPath)(repo)}/preupload/${encodeURIComponent(target.revision)}${target.createPr ? "?create_pr=1" : ""}`,
        json: {
            files: files.map((file) => ({ path: file.path, size: file.size, sample: file.sample.toString("base64") })),
            ...(target.gitIgnore !== undefined ? { gitIgnore: target.gitIgnore } : {}),
        },
    });
    const body = response.json();
    return { verdicts: body.files, headCommit: body.commitOid };
}


/***/ }),

/***/ 25:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.revisionExists = revisionExists;
exports.createBranch = createBranch;
exports.deleteBranch = deleteBranch;
exports.createTag = createTag;
exports.deleteTag = deleteTag;
exports.latestCommit = latestCommit;
exports.listPullRequestRefs = listPullRequestRefs;
const connection_1 = __nccwpck_require__(1871);
const repo_ref_1 = __nccwpck_require__(7775);
const revisionPath = (repo, kind, name) => `${(0, repo_ref_1.repoApiPath)(repo)}/${kind}/${encodeURIComponent(name)}`;
/** Whether `revision` names something the repo has (branch, tag or commit). */
async function revisionExists(connection, repo, revision) {
    try {
        await (0, connection_1.hubRequest)(connection, { url: revisionPath(repo, "revision", revision) });
        return true;
    }
    catch (error) {
        if ((0, connection_1.isHubError)(error, 404) && error.errorCode === "RevisionNotFound")
            return false;
        throw error;
    }
}
/** Creates `branch` at `startingPoint` (a branch, tag or commit; the default branch when absent). */
async function createBranch(connection, repo, branch, startingPoint) {
    await (0, connection_1.hubRequest)(connection, {
        method: "POST",
        url: revisionPath(repo, "branch", branch),
        json: startingPoint ? { startingPoint } : {},
    });
}
async function deleteBranch(connection, repo, branch) {
    await (0, connection_1.hubRequest)(connection, { method: "DELETE", url: revisionPath(repo, "branch", branch) });
}
async function createTag(connection, repo, tag, revision, message) {
    await (0, connection_1.hubRequest)(connection, {
        method: "POST",
        url: revisionPath(repo, "tag", revision),
        json: { tag, ...(message ? { message } : {}) },
    });
}
async function deleteTag(connection, repo, tag) {
    await (0, connection_1.hubRequest)(connection, { method: "DELETE", url: revisionPath(repo, "tag", tag) });
}
/** The newest commit on `revision`. */
async function latestCommit(connection, repo, revision) {
    const response = await (0, connection_1.hubRequest)(connection, { url: `${revisionPath(repo, "commits", revision)}?limit=1` });
    return response.json()[0];
}
/** The repo's pull-request refs (`refs/pr/<n>`) and the commit each points at. */
async function listPullRequestRefs(connection, repo) {
    const response = await (0, connection_1.hubRequest)(connection, { url: `${(0, repo_ref_1.repoApiPath)(repo)}/refs?include_prs=1` });
    const body = response.json();
    return (body.pullRequests ?? []).flatMap((pr) => {
        const number = /^refs\/pr\/(\d+)$/.exec(pr.ref)?.[1];
        return number ? [{ number: Number(number), head: pr.targetCommit }] : [];
    });
}


/***/ }),

/***/ 7775:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REPO_TYPES = void 0;
exports.repoNameProblem = repoNameProblem;
exports.parseRepoId = parseRepoId;
exports.repoId = repoId;
exports.repoUrlPart = repoUrlPart;
exports.repoApiPath = repoApiPath;
exports.REPO_TYPES = ["model", "dataset", "space"];
const NAME_CHARS = /^[A-Za-z0-9_.-]+$/;
const MAX_NAME_LENGTH = 96;
/** Returns why a namespace or repo name breaks the Hub's naming rules, or undefined when it is valid. */
function repoNameProblem(name) {
    if (name.length === 0)
        return "it is empty";
    if (name.length > MAX_NAME_LENGTH)
        return `it is ${name.length} characters long; the Hub allows at most ${MAX_NAME_LENGTH}`;
    if (!NAME_CHARS.test(name))
        return "only letters, digits, '-', '_' and '.' are allowed";
    if (name.includes("--") || name.includes(".."))
        return "'--' and '..' are forbidden";
    if (/^[-.]|[-.]$/.test(name))
        return "it may not start or end with '-' or '.'";
    if (name.toLowerCase().endsWith(".git"))
        return "it may not end with '.git'";
    return undefined;
}
/** Parses `namespace/name`; throws a plain Error saying which rule the id breaks. */
function parseRepoId(repoId, type) {
    const parts = repoId.split("/");
    if (parts.length !== 2) {
        throw new Error(`"${repoId}" must have the form namespace/name, with exactly one '/'`);
    }
    const [namespace, name] = parts;
    for (const [label, value] of [
        ["namespace", namespace],
        ["name", name],
    ]) {
        const problem = repoNameProblem(value);
        if (problem)
            throw new Error(`"${repoId}" has an invalid ${label}: ${problem}`);
    }
    return { type, namespace, name };
}
function repoId(ref) {
    return `${ref.namespace}/${ref.name}`;
}
/** The part of web, git and download URLs that names the repo: `ns/name`, `datasets/ns/name`, `spaces/ns/name`. */
function repoUrlPart(ref) {
    return ref.type === "model" ? repoId(ref) : `${ref.type}s/${repoId(ref)}`;
}
/** The API prefix of the repo's routes: `/api/models/ns/name`. */
function repoApiPath(ref) {
    return `/api/${ref.type}s/${repoId(ref)}`;
}


/***/ }),

/***/ 470:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createRepo = createRepo;
exports.deleteRepo = deleteRepo;
exports.moveRepo = moveRepo;
exports.repoInfo = repoInfo;
exports.setVisibility = setVisibility;
exports.validateCard = validateCard;
exports.whoami = whoami;
const connection_1 = __nccwpck_require__(1871);
const retry_1 = __nccwpck_require__(4529);
const spaces_1 = __nccwpck_require__(4740);
const repo_ref_1 = __nccwpck_require__(7775);
const urls_1 = __nccwpck_require__(6137);
// Answers to a create that may still mean "it exists": no right to create (401, as for OIDC-minted tokens), payment
// needed (402), no write right on the namespace (403), or a conflicting operation that outlasted the retries.
const MAYBE_EXISTS = [401, 402, 403, 409];
async function createRepo(connection, repo, options) {
    const payload = { name: repo.name, organization: repo.namespace, type: repo.type };
    if (options.private !== undefined)
        payload.visibility = visibilityOf(options.private);
    if (repo.type === "space")
        Object.assign(payload, { sdk: options.spaceSdk }, (0, spaces_1.spaceSettingsPayload)(options.spaceSettings ?? {}));
    try {
        const response = await (0, connection_1.hubRequest)(connection, { method: "POST", url: "/api/repos/create", json: payload });
        return { url: (0, connection_1.onEndpoint)(connection, response.json().url), created: true };
    }
    catch (error) {
        if (!options.existOk || !(0, connection_1.isHubError)(error) || !MAYBE_EXISTS.includes(error.status))
            throw error;
        // As the Python client does: a 409 means the repo exists, and its answer names it.
        const answerUrl = error.answer?.url;
        if (error.status === 409 && !(0, retry_1.isRetryableStatus)(409, error.serverMessage)) {
            return {
                url: typeof answerUrl === "string" ? (0, connection_1.onEndpoint)(connection, answerUrl) : (0, urls_1.repoWebUrl)(connection.endpoint, repo),
                created: false,
            };
        }
        // Otherwise the repo exists only if this token can read it.
        if (!(await repoExists(connection, repo)))
            throw error;
        return { url: (0, urls_1.repoWebUrl)(connection.endpoint, repo), created: false };
    }
}
async function repoExists(connection, repo) {
    try {
        await repoInfo(connection, repo);
        return true;
    }
    catch (error) {
        if ((0, connection_1.isHubError)(error) && error.status < 500)
            return false;
        throw error;
    }
}
const visibilityOf = (isPrivate) => (isPrivate ? "private" : "public");
async function deleteRepo(connection, repo) {
    await (0, connection_1.hubRequest)(connection, {
        method: "DELETE",
        url: "/api/repos/delete",
        json: { name: repo.name, organization: repo.namespace, type: repo.type },
    });
}
async function moveRepo(connection, from, to) {
    await (0, connection_1.hubRequest)(connection, {
        method: "POST",
        url: "/api/repos/move",
        json: { fromRepo: (0, repo_ref_1.repoId)(from), toRepo: (0, repo_ref_1.repoId)(to), type: from.type },
    });
}
async function repoInfo(connection, repo, revision, extras = {}) {
    const suffix = revision ? `/revision/${encodeURIComponent(revision)}` : "";
    const query = extras.securityStatus ? "?securityStatus=true" : "";
    const response = await (0, connection_1.hubRequest)(connection, { url: `${(0, repo_ref_1.repoApiPath)(repo)}${suffix}${query}` });
    return response.json();
}
// `visibility` alone, as the Python client sends it since 2026 (never together with `private`).
async function setVisibility(connection, repo, isPrivate) {
    await (0, connection_1.hubRequest)(connection, {
        method: "PUT",
        url: `${(0, repo_ref_1.repoApiPath)(repo)}/settings`,
        json: { visibility: visibilityOf(isPrivate) },
    });
}
/** Checks a model card's YAML front matter as the Hub will; a broken one is refused with the YAML error as text. */
async function validateCard(connection, repo, content) {
    await (0, connection_1.hubRequest)(connection, {
        method: "POST",
        url: "/api/validate-yaml",
        headers: { Accept: "text/plain" },
        json: { content, repoType: repo.type },
    });
}
async function whoami(connection) {
    const response = await (0, connection_1.hubRequest)(connection, { url: "/api/whoami-v2" });
    const body = response.json();
    return { name: body.name, orgs: (body.orgs ?? []).map((org) => org.name), role: body.auth?.accessToken?.role };
}


/***/ }),

/***/ 4529:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sleep = exports.DEFAULT_RETRY_POLICY = void 0;
exports.isRetryableStatus = isRetryableStatus;
exports.isNetworkError = isNetworkError;
exports.parseRateLimit = parseRateLimit;
exports.serverRequestedWaitMs = serverRequestedWaitMs;
exports.backoffMs = backoffMs;
exports.withRetries = withRetries;
const http_1 = __nccwpck_require__(4563);
// The Python client retries five times with backoff from 1 s doubling to 8 s; we wait longer when the Hub asks.
exports.DEFAULT_RETRY_POLICY = {
    maxAttempts: 6,
    maxRetryWaitMs: 300_000,
    timeoutMs: 120_000,
    baseDelayMs: 1_000,
    maxDelayMs: 8_000,
};
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const NETWORK_ERROR_CODES = new Set([
    "ECONNRESET",
    "ECONNREFUSED",
    "ECONNABORTED",
    "ETIMEDOUT",
    "EPIPE",
    "EAI_AGAIN",
    "ENETUNREACH",
    "EHOSTUNREACH",
]);
function isRetryableStatus(status, message = "") {
    // 409 also means "another conflicting operation is in progress", which clears by itself.
    return RETRYABLE_STATUSES.has(status) || (status === 409 && /conflicting operation/i.test(message));
}
/** Connection failures worth another attempt: the request may not have reached the Hub, or its answer was lost. */
function isNetworkError(error) {
    const code = error?.code;
    if (code && NETWORK_ERROR_CODES.has(code))
        return true;
    return error instanceof Error && /socket hang up|aborted/i.test(error.message);
}
/** What the Hub's `RateLimit: "api";r=<left>;t=<seconds>` header says, when it is there. */
function parseRateLimit(header) {
    if (!header)
        return undefined;
    const remaining = /(?:^|;)\s*r=(\d+)/.exec(header)?.[1];
    const reset = /(?:^|;)\s*t=(\d+)/.exec(header)?.[1];
    if (remaining === undefined || reset === undefined)
        return undefined;
    const policy = /^"([^"]+)"/.exec(header.trim())?.[1];
    return { policy, remaining: Number(remaining), resetSeconds: Number(reset) };
}
/** The wait the Hub asked for: RateLimit's reset when nothing is left (plus a second), else Retry-After. */
function serverRequestedWaitMs(headers) {
    const rateLimit = parseRateLimit((0, http_1.headerValue)(headers, "ratelimit"));
    if (rateLimit && rateLimit.remaining === 0)
        return (rateLimit.resetSeconds + 1) * 1000;
    const retryAfter = (0, http_1.headerValue)(headers, "retry-after");
    if (retryAfter && /^\d+$/.test(retryAfter.trim()))
        return Number(retryAfter) * 1000;
    return undefined;
}
/** Exponential backoff with jitter (x0.5 to x1.5), so parallel jobs do not retry in lockstep. */
function backoffMs(attempt, policy, random = Math.random) {
    const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(exponential * (0.5 + random()));
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
exports.sleep = sleep;
/**
 * Runs `work` until it succeeds, the classifier says fail, the policy's attempts run out, or the next wait
 * would pass the policy's total wait: the one retry loop of the action.
 */
async function withRetries(work, options) {
    const { policy } = options;
    const failures = [];
    let waitedMs = 0;
    let replan = false;
    for (let number = 1;; number++) {
        try {
            return await work({ number, replan, failures });
        }
        catch (error) {
            failures.push(error);
            const decision = options.classify(error);
            const waitMs = decision.action === "fail" ? 0 : (decision.waitMs ?? backoffMs(number, policy));
            if (decision.action === "fail" || number >= policy.maxAttempts || waitedMs + waitMs > policy.maxRetryWaitMs) {
                throw error;
            }
            options.onRetry?.({ attempt: number, waitMs, error, decision: decision.action });
            await (0, exports.sleep)(waitMs);
            waitedMs += waitMs;
            replan = decision.action === "replan";
        }
    }
}


/***/ }),

/***/ 4740:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.INTERMEDIATE_STAGES = void 0;
exports.spaceSettingsPayload = spaceSettingsPayload;
exports.spaceRuntime = spaceRuntime;
exports.addSpaceSecret = addSpaceSecret;
exports.deleteSpaceSecret = deleteSpaceSecret;
exports.addSpaceVariable = addSpaceVariable;
exports.deleteSpaceVariable = deleteSpaceVariable;
exports.listSpaceVariables = listSpaceVariables;
exports.spaceHardwareFlavors = spaceHardwareFlavors;
exports.requestSpaceHardware = requestSpaceHardware;
exports.setSpaceSleepTime = setSpaceSleepTime;
exports.pauseSpace = pauseSpace;
exports.restartSpace = restartSpace;
exports.spaceLogLines = spaceLogLines;
exports.duplicateRepo = duplicateRepo;
exports.spaceAppUrl = spaceAppUrl;
const connection_1 = __nccwpck_require__(1871);
const repo_ref_1 = __nccwpck_require__(7775);
/** Stages a Space passes through on its way up: waiting goes on while the stage is one of these. */
exports.INTERMEDIATE_STAGES = [
    "BUILDING",
    "RUNNING_BUILDING",
    "APP_STARTING",
    "RUNNING_APP_STARTING",
];
/** The settings as the create and duplicate routes take them. */
function spaceSettingsPayload(settings) {
    return {
        ...(settings.hardware ? { hardware: settings.hardware } : {}),
        ...(settings.sleepTimeSeconds !== undefined ? { sleepTimeSeconds: settings.sleepTimeSeconds } : {}),
        ...(settings.secrets?.length ? { secrets: settings.secrets } : {}),
        ...(settings.variables?.length ? { variables: settings.variables } : {}),
    };
}
const spacePath = (space, route) => `${(0, repo_ref_1.repoApiPath)(space)}/${route}`;
async function spaceRuntime(connection, space) {
    return (await (0, connection_1.hubRequest)(connection, { url: spacePath(space, "runtime") })).json();
}
async function addSpaceSecret(connection, space, secret) {
    await (0, connection_1.hubRequest)(connection, { method: "POST", url: spacePath(space, "secrets"), json: secret });
}
async function deleteSpaceSecret(connection, space, key) {
    await (0, connection_1.hubRequest)(connection, { method: "DELETE", url: spacePath(space, "secrets"), json: { key } });
}
async function addSpaceVariable(connection, space, variable) {
    await (0, connection_1.hubRequest)(connection, { method: "POST", url: spacePath(space, "variables"), json: variable });
}
async function deleteSpaceVariable(connection, space, key) {
    await (0, connection_1.hubRequest)(connection, { method: "DELETE", url: spacePath(space, "variables"), json: { key } });
}
/** The Space's variables: name -> value. */
async function listSpaceVariables(connection, space) {
    const body = (await (0, connection_1.hubRequest)(connection, { url: spacePath(space, "variables") })).json();
    return Object.fromEntries(Object.entries(body).map(([key, entry]) => [key, entry.value]));
}
/** The hardware flavors the Hub offers Spaces, by name. */
async function spaceHardwareFlavors(connection) {
    const body = (await (0, connection_1.hubRequest)(connection, { url: "/api/spaces/hardware" })).json();
    return body.map((flavor) => typeof flavor === "string" ? flavor : String(flavor.name ?? ""));
}
async function requestSpaceHardware(connection, space, flavor, sleepTimeSeconds) {
    const json = { flavor, ...(sleepTimeSeconds !== undefined ? { sleepTimeSeconds } : {}) };
    return (await (0, connection_1.hubRequest)(connection, { method: "POST", url: spacePath(space, "hardware"), json })).json();
}
async function setSpaceSleepTime(connection, space, seconds) {
    const response = await (0, connection_1.hubRequest)(connection, {
        method: "POST",
        url: spacePath(space, "sleeptime"),
        json: { seconds },
    });
    return response.json();
}
async function pauseSpace(connection, space) {
    return (await (0, connection_1.hubRequest)(connection, { method: "POST", url: spacePath(space, "pause") })).json();
}
async function restartSpace(connection, space, factory) {
    const url = spacePath(space, `restart${factory ? "?factory=true" : ""}`);
    return (await (0, connection_1.hubRequest)(connection, { method: "POST", url })).json();
}
/**
 * The lines of a Space's build or run log, read from its event stream for at most `readForMs` (a live log
 * never ends; a finished build's does).
 */
async function spaceLogLines(connection, space, kind, readForMs) {
    const response = await (0, connection_1.hubRequest)(connection, {
        url: spacePath(space, `logs/${kind}`),
        headers: { Accept: "text/event-stream" },
        readForMs,
    });
    return response
        .text()
        .split("\n")
        .filter((line) => line.startsWith("data:") && line.length > "data:".length)
        .flatMap((line) => {
        try {
            const event = JSON.parse(line.slice("data:".length));
            return typeof event.data === "string" ? [event.data.replace(/\n$/, "")] : [];
        }
        catch {
            return [];
        }
    });
}
/** Copies a repo (files; for a Space, the settings given) to a new id; 409 when that id exists. */
async function duplicateRepo(connection, from, request) {
    const json = {
        repository: (0, repo_ref_1.repoId)(request.to),
        ...(request.private !== undefined ? { visibility: request.private ? "private" : "public" } : {}),
        ...spaceSettingsPayload(request.settings),
    };
    const response = await (0, connection_1.hubRequest)(connection, { method: "POST", url: `${(0, repo_ref_1.repoApiPath)(from)}/duplicate`, json });
    return (0, connection_1.onEndpoint)(connection, response.json().url);
}
/** The URL the Space's app answers on: `https://` + the runtime's domain. */
function spaceAppUrl(runtime) {
    const domain = runtime.domains?.[0]?.domain;
    return domain ? `https://${domain}` : "";
}


/***/ }),

/***/ 6137:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.encodePath = encodePath;
exports.repoWebUrl = repoWebUrl;
exports.fileWebUrl = fileWebUrl;
exports.treeWebUrl = treeWebUrl;
exports.commitWebUrl = commitWebUrl;
const repo_ref_1 = __nccwpck_require__(7775);
/** Encodes each segment of a repo path while keeping its slashes, as the Hub's web URLs do. */
function encodePath(path) {
    return path.split("/").map(encodeURIComponent).join("/");
}
function repoWebUrl(endpoint, ref) {
    return `${endpoint}/${(0, repo_ref_1.repoUrlPart)(ref)}`;
}
function fileWebUrl(endpoint, ref, revision, path) {
    return `${repoWebUrl(endpoint, ref)}/blob/${encodeURIComponent(revision)}/${encodePath(path)}`;
}
function treeWebUrl(endpoint, ref, revision, path = "") {
    const suffix = path ? `/${encodePath(path)}` : "";
    return `${repoWebUrl(endpoint, ref)}/tree/${encodeURIComponent(revision)}${suffix}`;
}
function commitWebUrl(endpoint, ref, sha) {
    return `${repoWebUrl(endpoint, ref)}/commit/${sha}`;
}


/***/ }),

/***/ 6527:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultUploadSummary = defaultUploadSummary;
exports.withSourceCommit = withSourceCommit;
exports.defaultDescription = defaultDescription;
/** A default commit summary that names what changed and the source commit. */
function defaultUploadSummary(change, source, destination) {
    const parts = [];
    if (change.uploaded.length === 1)
        parts.push(`Upload ${change.uploaded[0]}`);
    else if (change.uploaded.length > 1)
        parts.push(`Upload ${change.uploaded.length} files${destination ? ` to ${destination}/` : ""}`);
    if (change.deleted.length === 1)
        parts.push(`delete ${change.deleted[0]}`);
    else if (change.deleted.length > 1)
        parts.push(`delete ${change.deleted.length} stale files`);
    const summary = parts.join(", ") || "Update files";
    return withSourceCommit(summary.charAt(0).toUpperCase() + summary.slice(1), source);
}
function withSourceCommit(summary, source) {
    return source.sha ? `${summary} from commit ${source.sha}` : summary;
}
function defaultDescription(source) {
    return source.runUrl ? `Uploaded by GitHub Actions run ${source.runUrl}` : undefined;
}


/***/ }),

/***/ 7734:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.commitRetries = commitRetries;
const commit_1 = __nccwpck_require__(8262);
const connection_1 = __nccwpck_require__(1871);
const retry_1 = __nccwpck_require__(4529);
// Parallel writers to one branch each plan again on a conflict; a few rounds let all of them land.
const MAX_COMMIT_ATTEMPTS = 6;
/** How commits to `revision` are retried and planned again, logged through the connection's retry notices. */
function commitRetries(connection, revision, classify = commit_1.classifyCommitFailure) {
    return {
        policy: { ...(connection.retry ?? retry_1.DEFAULT_RETRY_POLICY), maxAttempts: MAX_COMMIT_ATTEMPTS },
        classify,
        onRetry: ({ attempt, waitMs, error, decision }) => connection.onRetry?.({
            method: "POST",
            url: `commit to ${revision}`,
            attempt,
            waitMs,
            cause: decision === "replan" && (0, connection_1.isHubError)(error, 412)
                ? "the branch moved since the commit was planned; planning again"
                : (0, connection_1.causeOf)(error),
        }),
    };
}


/***/ }),

/***/ 5477:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createBranch = void 0;
const refs_1 = __nccwpck_require__(25);
const repo_1 = __nccwpck_require__(9776);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
const ref_changes_1 = __nccwpck_require__(23);
exports.createBranch = (0, operation_1.defineOperation)({
    name: "create-branch",
    inputs: { ...repo_1.REPO_INPUTS, branch: "branch", from_revision: "from", exist_ok: "existOk" },
    outputs: ["url", "created"],
    parse: (read) => ({
        repo: (0, repo_1.parseRepo)(read),
        branch: (0, repo_1.parseRevision)((0, values_1.requireText)("branch", read("branch"), "the branch name"), "branch"),
        from: (0, repo_1.parseRevision)(read("from_revision") || "main", "from_revision"),
        existOk: (0, values_1.parseBoolean)("exist_ok", read("exist_ok"), true),
    }),
    repos: (options) => [options.repo],
    run: async (context, options) => {
        const created = await (0, ref_changes_1.tolerating)(409, options.existOk, () => (0, refs_1.createBranch)(context.connection, options.repo, options.branch, options.from));
        return (0, ref_changes_1.refCreated)(context, options.repo, {
            kind: "branch",
            name: options.branch,
            createdFrom: created ? `from ${options.from}` : undefined,
        });
    },
});


/***/ }),

/***/ 4393:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createRepo = void 0;
const repo_ref_1 = __nccwpck_require__(7775);
const repos_1 = __nccwpck_require__(470);
const errors_1 = __nccwpck_require__(5939);
const repo_1 = __nccwpck_require__(9776);
const space_1 = __nccwpck_require__(728);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
const SPACE_SDKS = ["gradio", "docker", "static"];
exports.createRepo = (0, operation_1.defineOperation)({
    name: "create-repo",
    inputs: { ...repo_1.REPO_INPUTS, private: "private", exist_ok: "existOk", space_sdk: "spaceSdk", ...space_1.SPACE_SETTINGS_INPUTS },
    outputs: ["url", "repo_id", "created"],
    parse: (read) => {
        const repo = (0, repo_1.parseRepo)(read);
        return {
            repo,
            private: (0, values_1.parseBoolean)("private", read("private")),
            existOk: (0, values_1.parseBoolean)("exist_ok", read("exist_ok"), true),
            spaceSdk: parseSpaceSdk(repo, read("space_sdk")),
            spaceSettings: (0, space_1.parseSpaceSettings)(read, repo),
        };
    },
    secrets: (options) => (0, space_1.settingSecrets)(options.spaceSettings),
    repos: (options) => [options.repo],
    run: async (context, options) => {
        const id = (0, repo_ref_1.repoId)(options.repo);
        const result = await (0, repos_1.createRepo)(context.connection, options.repo, options);
        const headline = result.created
            ? `Created ${options.repo.type} repo ${id}${options.private ? " (private)" : ""}`
            : `${options.repo.type} repo ${id} already exists; its settings were left as they are`;
        context.reporter.info(headline);
        return {
            outputs: { url: result.url, repo_id: id, created: String(result.created) },
            headline,
            links: [{ label: "Repository", url: result.url }],
        };
    },
});
function parseSpaceSdk(repo, raw) {
    if (repo.type !== "space") {
        if (raw)
            throw new errors_1.InputError("space_sdk", `only applies to Spaces; repo_type is ${repo.type}. Remove it.`);
        return undefined;
    }
    if (!raw)
        throw new errors_1.InputError("space_sdk", `is required for a Space. Use one of ${SPACE_SDKS.join(", ")}.`);
    return (0, values_1.parseChoice)("space_sdk", raw, SPACE_SDKS);
}


/***/ }),

/***/ 7621:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createTag = void 0;
const refs_1 = __nccwpck_require__(25);
const repo_1 = __nccwpck_require__(9776);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
const ref_changes_1 = __nccwpck_require__(23);
exports.createTag = (0, operation_1.defineOperation)({
    name: "create-tag",
    inputs: { ...repo_1.REPO_INPUTS, tag: "tag", revision: "revision", tag_message: "message", exist_ok: "existOk" },
    outputs: ["url", "created"],
    parse: (read) => ({
        repo: (0, repo_1.parseRepo)(read),
        tag: (0, repo_1.parseRevision)((0, values_1.requireText)("tag", read("tag"), "the tag name, e.g. v1.0.0"), "tag"),
        revision: (0, repo_1.parseRevision)(read("revision")),
        message: read("tag_message") || undefined,
        existOk: (0, values_1.parseBoolean)("exist_ok", read("exist_ok"), true),
    }),
    repos: (options) => [options.repo],
    run: async (context, options) => {
        const created = await (0, ref_changes_1.tolerating)(409, options.existOk, () => (0, refs_1.createTag)(context.connection, options.repo, options.tag, options.revision, options.message));
        return (0, ref_changes_1.refCreated)(context, options.repo, {
            kind: "tag",
            name: options.tag,
            createdFrom: created ? `on ${options.revision}` : undefined,
        });
    },
});


/***/ }),

/***/ 6952:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deleteBranch = void 0;
const refs_1 = __nccwpck_require__(25);
const repo_1 = __nccwpck_require__(9776);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
const ref_changes_1 = __nccwpck_require__(23);
exports.deleteBranch = (0, operation_1.defineOperation)({
    name: "delete-branch",
    inputs: { ...repo_1.REPO_INPUTS, branch: "branch", missing_ok: "missingOk" },
    outputs: ["url", "deleted"],
    parse: (read) => ({
        repo: (0, repo_1.parseRepo)(read),
        branch: (0, repo_1.parseRevision)((0, values_1.requireText)("branch", read("branch"), "the branch name"), "branch"),
        missingOk: (0, values_1.parseBoolean)("missing_ok", read("missing_ok"), false),
    }),
    repos: (options) => [options.repo],
    run: async (context, options) => {
        const deleted = await (0, ref_changes_1.tolerating)(404, options.missingOk, () => (0, refs_1.deleteBranch)(context.connection, options.repo, options.branch));
        return (0, ref_changes_1.refDeleted)(context, options.repo, { kind: "branch", name: options.branch, deleted });
    },
});


/***/ }),

/***/ 694:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deleteFile = void 0;
const commit_1 = __nccwpck_require__(8262);
const connection_1 = __nccwpck_require__(1871);
const files_1 = __nccwpck_require__(5004);
const repo_ref_1 = __nccwpck_require__(7775);
const repos_1 = __nccwpck_require__(470);
const retry_1 = __nccwpck_require__(4529);
const urls_1 = __nccwpck_require__(6137);
const commit_retries_1 = __nccwpck_require__(7734);
const commit_message_1 = __nccwpck_require__(6527);
const errors_1 = __nccwpck_require__(5939);
const repo_1 = __nccwpck_require__(9776);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
exports.deleteFile = (0, operation_1.defineOperation)({
    name: "delete-file",
    inputs: {
        ...repo_1.REPO_INPUTS,
        revision: "revision",
        path_in_repo: "pathInRepo",
        commit_message: "commitMessage",
        commit_description: "commitDescription",
        missing_ok: "missingOk",
    },
    outputs: ["commit_url", "commit_sha"],
    parse: (read, { source }) => {
        const repo = (0, repo_1.parseRepo)(read);
        const revision = (0, repo_1.parseRevision)(read("revision"));
        const pathInRepo = (0, repo_1.parsePathInRepo)((0, values_1.requireText)("path_in_repo", read("path_in_repo"), "the path of the file to delete inside the repo"));
        return {
            repo,
            revision,
            pathInRepo,
            commitMessage: read("commit_message") || (0, commit_message_1.withSourceCommit)(`Delete ${pathInRepo}`, source),
            commitDescription: read("commit_description") || undefined,
            missingOk: (0, values_1.parseBoolean)("missing_ok", read("missing_ok"), false),
        };
    },
    repos: (options) => [options.repo],
    run: async (context, options) => {
        const where = `${(0, repo_ref_1.repoId)(options.repo)} at revision ${options.revision}`;
        const commit = await commitDeletion(context.connection, options);
        const repoLink = { label: "Repository", url: (0, urls_1.repoWebUrl)(context.connection.endpoint, options.repo) };
        if (!commit) {
            if (!options.missingOk) {
                throw new errors_1.OptionError("pathInRepo", `${options.pathInRepo} does not exist in ${where}. Check the path, or set missing_ok: true to accept a missing file.`);
            }
            const headline = `${options.pathInRepo} is already absent from ${where}; nothing to delete`;
            context.reporter.info(headline);
            return { outputs: { commit_url: "", commit_sha: "" }, headline, links: [repoLink] };
        }
        const headline = `Deleted ${options.pathInRepo} from ${where} in commit ${commit.sha}`;
        context.reporter.info(headline);
        return {
            outputs: { commit_url: commit.url, commit_sha: commit.sha },
            headline,
            links: [repoLink, { label: "Commit", url: commit.url }],
        };
    },
});
/**
 * Deletes the file in a commit that names the head it was checked against. When the answer is lost or the
 * branch moved, it checks again instead of re-sending: a deletion that already landed is reported as that
 * head. Resolves undefined when the file is not there (nothing to commit).
 */
async function commitDeletion(connection, options) {
    const { repo, revision, pathInRepo } = options;
    return (0, retry_1.withRetries)(async ({ failures }) => {
        const { sha: head } = await (0, repos_1.repoInfo)(connection, repo, revision);
        // Asked at that very head: a lost attempt landing between the two calls cannot make the check report an
        // older head as its commit.
        const present = (await (0, files_1.remoteFiles)(connection, repo, head ?? revision, [pathInRepo])).length > 0;
        if (!present) {
            const landedEarlier = failures.some(commit_1.isLostAnswer) && head;
            return landedEarlier ? { sha: head, url: (0, urls_1.commitWebUrl)(connection.endpoint, repo, head) } : undefined;
        }
        return (0, commit_1.createCommit)(connection, repo, {
            revision,
            header: { summary: options.commitMessage, description: options.commitDescription, parentCommit: head },
            operations: [{ kind: "deleteFile", pathInRepo }],
        });
    }, (0, commit_retries_1.commitRetries)(connection, revision, (error) => 
    // 404: someone deleted it between our check and our commit; the next check sees that.
    (0, connection_1.isHubError)(error, 404) && error.errorCode === "EntryNotFound"
        ? { action: "replan" }
        : (0, commit_1.classifyCommitFailure)(error)));
}


/***/ }),

/***/ 2296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deleteRepo = void 0;
const connection_1 = __nccwpck_require__(1871);
const repo_ref_1 = __nccwpck_require__(7775);
const repos_1 = __nccwpck_require__(470);
const repo_1 = __nccwpck_require__(9776);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
exports.deleteRepo = (0, operation_1.defineOperation)({
    name: "delete-repo",
    inputs: { ...repo_1.REPO_INPUTS, missing_ok: "missingOk" },
    outputs: ["deleted"],
    parse: (read) => ({
        repo: (0, repo_1.parseRepo)(read),
        missingOk: (0, values_1.parseBoolean)("missing_ok", read("missing_ok"), false),
    }),
    repos: (options) => [options.repo],
    run: async (context, options) => {
        const id = (0, repo_ref_1.repoId)(options.repo);
        let deleted = true;
        try {
            await (0, repos_1.deleteRepo)(context.connection, options.repo);
        }
        catch (error) {
            if (!((0, connection_1.isHubError)(error, 404) && options.missingOk))
                throw error;
            deleted = false;
        }
        const headline = deleted
            ? `Deleted ${options.repo.type} repo ${id}`
            : `${options.repo.type} repo ${id} does not exist; nothing to delete`;
        context.reporter.info(headline);
        return { outputs: { deleted: String(deleted) }, headline, links: [] };
    },
});


/***/ }),

/***/ 5286:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deleteTag = void 0;
const refs_1 = __nccwpck_require__(25);
const repo_1 = __nccwpck_require__(9776);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
const ref_changes_1 = __nccwpck_require__(23);
exports.deleteTag = (0, operation_1.defineOperation)({
    name: "delete-tag",
    inputs: { ...repo_1.REPO_INPUTS, tag: "tag", missing_ok: "missingOk" },
    outputs: ["url", "deleted"],
    parse: (read) => ({
        repo: (0, repo_1.parseRepo)(read),
        tag: (0, repo_1.parseRevision)((0, values_1.requireText)("tag", read("tag"), "the tag name, e.g. v1.0.0"), "tag"),
        missingOk: (0, values_1.parseBoolean)("missing_ok", read("missing_ok"), false),
    }),
    repos: (options) => [options.repo],
    run: async (context, options) => {
        const deleted = await (0, ref_changes_1.tolerating)(404, options.missingOk, () => (0, refs_1.deleteTag)(context.connection, options.repo, options.tag));
        return (0, ref_changes_1.refDeleted)(context, options.repo, { kind: "tag", name: options.tag, deleted });
    },
});


/***/ }),

/***/ 7684:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.duplicateRepo = void 0;
const connection_1 = __nccwpck_require__(1871);
const repo_ref_1 = __nccwpck_require__(7775);
const spaces_1 = __nccwpck_require__(4740);
const urls_1 = __nccwpck_require__(6137);
const repo_1 = __nccwpck_require__(9776);
const space_1 = __nccwpck_require__(728);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
/** Copies a repo to a new id: for a Space (a preview per pull request), with its own hardware and settings. */
exports.duplicateRepo = (0, operation_1.defineOperation)({
    name: "duplicate-repo",
    inputs: {
        from_repo_id: "from",
        ...repo_1.REPO_INPUTS,
        private: "private",
        exist_ok: "existOk",
        ...space_1.SPACE_SETTINGS_INPUTS,
    },
    outputs: ["url", "created"],
    parse: (read) => {
        const repo = (0, repo_1.parseRepo)(read);
        const raw = (0, values_1.requireText)("from_repo_id", read("from_repo_id"), "the repo to copy, as namespace/name");
        return {
            from: (0, repo_1.parseRepoIdInput)("from_repo_id", raw, repo.type, read("organization")),
            repo,
            private: (0, values_1.parseBoolean)("private", read("private")),
            existOk: (0, values_1.parseBoolean)("exist_ok", read("exist_ok"), true),
            spaceSettings: (0, space_1.parseSpaceSettings)(read, repo),
        };
    },
    secrets: (options) => (0, space_1.settingSecrets)(options.spaceSettings),
    repos: (options) => [options.repo, options.from],
    run: async (context, options) => {
        const { connection } = context;
        let created = true;
        let url;
        try {
            url = await (0, spaces_1.duplicateRepo)(connection, options.from, {
                to: options.repo,
                private: options.private,
                settings: options.spaceSettings,
            });
        }
        catch (error) {
            if (!(options.existOk && (0, connection_1.isHubError)(error, 409)))
                throw error;
            created = false;
            url = (0, urls_1.repoWebUrl)(connection.endpoint, options.repo);
        }
        const headline = created
            ? `Duplicated ${(0, repo_ref_1.repoId)(options.from)} to ${(0, repo_ref_1.repoId)(options.repo)}`
            : `${(0, repo_ref_1.repoId)(options.repo)} already exists; it was left as it is`;
        context.reporter.info(headline);
        return { outputs: { url, created: String(created) }, headline, links: [{ label: "Repository", url }] };
    },
});


/***/ }),

/***/ 5939:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ReportedFailure = exports.OptionError = exports.InputError = void 0;
/** A problem with one input, found while parsing it: the message names the input and how to fix it. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(`Input "${input}": ${message}`);
        this.input = input;
        this.name = "InputError";
    }
}
exports.InputError = InputError;
/**
 * A problem an operation found with one of its options while running (a file that is not there, a path
 * outside the workspace); the action glue names the input that filled that option.
 */
class OptionError extends Error {
    option;
    constructor(option, message) {
        super(message);
        this.option = option;
        this.name = "OptionError";
    }
}
exports.OptionError = OptionError;
/**
 * An operation that failed after it had something worth showing (a Space's build log): the glue writes this
 * result to the job summary, then fails the step with the message.
 */
class ReportedFailure extends Error {
    report;
    constructor(message, report) {
        super(message);
        this.report = report;
        this.name = "ReportedFailure";
    }
}
exports.ReportedFailure = ReportedFailure;


/***/ }),

/***/ 3438:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.filterValues = filterValues;
const withPrefix = (prefix) => (value) => value.startsWith(`${prefix}:`) ? value : `${prefix}:${value}`;
/**
 * Turns filter fields into the Hub's `filter` values, as the Python client does: model fields are plain
 * tags (trained datasets as `dataset:<name>`), dataset fields are prefixed by their type.
 */
function filterValues(type, fields) {
    if (type === "dataset") {
        return [
            ...fields.benchmark.map(withPrefix("benchmark")),
            ...fields.languageCreators.map(withPrefix("language_creators")),
            ...[...fields.languages, ...fields.language].map(withPrefix("language")),
            ...fields.multilinguality.map(withPrefix("multilinguality")),
            ...fields.sizeCategories.map(withPrefix("size_categories")),
            ...fields.taskCategories.map(withPrefix("task_categories")),
            ...fields.taskIds.map(withPrefix("task_ids")),
            ...fields.tags,
        ];
    }
    return [
        ...fields.library,
        ...fields.language,
        ...fields.task,
        ...fields.trainedDataset.map(withPrefix("dataset")),
        ...fields.tags,
    ];
}


/***/ }),

/***/ 9776:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REPO_INPUTS = void 0;
exports.parseRepoType = parseRepoType;
exports.parseRepo = parseRepo;
exports.parseRepoIdInput = parseRepoIdInput;
exports.parseRevision = parseRevision;
exports.parsePathInRepo = parsePathInRepo;
const path_in_repo_1 = __nccwpck_require__(9151);
const repo_ref_1 = __nccwpck_require__(7775);
const errors_1 = __nccwpck_require__(5939);
const values_1 = __nccwpck_require__(9630);
/** The inputs that name the repo an operation acts on, all filling its `repo` option. */
exports.REPO_INPUTS = { repo_id: "repo", repo_type: "repo", organization: "repo" };
function parseRepoType(read) {
    return (0, values_1.parseChoice)("repo_type", read("repo_type"), repo_ref_1.REPO_TYPES, "model");
}
/** repo_id, in repo_type, with a bare name in `organization`'s namespace or, failing that, the token's. */
function parseRepo(read) {
    const type = parseRepoType(read);
    const raw = (0, values_1.requireText)("repo_id", read("repo_id"), "the repo as namespace/name, e.g. my-org/my-model");
    return parseRepoIdInput("repo_id", raw, type, read("organization"));
}
/**
 * A repo id input: `namespace/name`, or a bare name in the `organization` input's namespace or, when that
 * is empty, the token's own (filled in once the token is known).
 */
function parseRepoIdInput(input, raw, type, organization) {
    if (organization && (0, repo_ref_1.repoNameProblem)(organization)) {
        throw new errors_1.InputError("organization", `"${organization}" is not a valid namespace: ${(0, repo_ref_1.repoNameProblem)(organization)}.`);
    }
    try {
        if (raw.includes("/"))
            return (0, repo_ref_1.parseRepoId)(raw, type);
        const problem = (0, repo_ref_1.repoNameProblem)(raw);
        if (problem)
            throw new Error(`"${raw}" is not a valid repo name: ${problem}`);
        // An empty namespace is the token's user, looked up before the operation runs.
        return { type, namespace: organization, name: raw };
    }
    catch (error) {
        throw new errors_1.InputError(input, `${error.message}. Use namespace/name, e.g. my-org/my-model.`);
    }
}
function parseRevision(raw, input = "revision") {
    const revision = raw || "main";
    if (/\s/.test(revision) || revision.includes("..")) {
        throw new errors_1.InputError(input, `"${revision}" is not a valid revision. Use a branch such as main.`);
    }
    return revision;
}
function parsePathInRepo(raw) {
    try {
        return (0, path_in_repo_1.normalizePathInRepo)(raw);
    }
    catch (error) {
        throw new errors_1.InputError("path_in_repo", `${error.message}. Use a relative path such as models/model.bin.`);
    }
}


/***/ }),

/***/ 728:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.settingSecrets = exports.SPACE_SETTINGS_INPUTS = void 0;
exports.requireSpace = requireSpace;
exports.parseSettingChanges = parseSettingChanges;
exports.parseSleepTime = parseSleepTime;
exports.parseWaitTimeoutMs = parseWaitTimeoutMs;
exports.parseSpaceSettings = parseSpaceSettings;
const errors_1 = __nccwpck_require__(5939);
const values_1 = __nccwpck_require__(9630);
// What the Hub takes as a secret or variable name: it becomes an environment variable of the app.
const SETTING_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const DEFAULT_WAIT_TIMEOUT_SECONDS = 600;
/** Space operations act on Spaces only. */
function requireSpace(repo, operation) {
    if (repo.type !== "space") {
        throw new errors_1.InputError("repo_type", `${operation} works on Spaces; repo_type is ${repo.type}. Set repo_type: space.`);
    }
}
/**
 * `NAME=value` lines (a value may hold `=`). A malformed line is reported by its number and name only: the
 * value may be a secret.
 */
function parseSettingLines(input, raw) {
    const settings = [];
    raw.split(/\r?\n/).forEach((line, index) => {
        if (line.trim() === "")
            return;
        const separator = line.indexOf("=");
        if (separator === -1) {
            throw new errors_1.InputError(input, `line ${index + 1} has no "=". Write one NAME=value a line.`);
        }
        const key = line.slice(0, separator).trim();
        checkName(input, key, `line ${index + 1}`);
        settings.push({ key, value: line.slice(separator + 1) });
    });
    const seen = new Set();
    for (const { key } of settings) {
        if (seen.has(key))
            throw new errors_1.InputError(input, `names ${key} twice. Give each name once.`);
        seen.add(key);
    }
    return settings;
}
/** The NAME=value lines to set and the names to delete, of which there must be some. */
function parseSettingChanges(read, inputs) {
    const changes = {
        set: parseSettingLines(inputs.set, read(inputs.set)),
        delete: parseNames(inputs.delete, read(inputs.delete)),
    };
    if (changes.set.length + changes.delete.length === 0) {
        throw new errors_1.InputError(inputs.set, `is required: NAME=value lines to set (or ${inputs.delete}, names to delete).`);
    }
    return changes;
}
/** Names, one a line, as the delete inputs take them. */
function parseNames(input, raw) {
    const names = (0, values_1.parseLines)(raw);
    names.forEach((name, index) => checkName(input, name, `name ${index + 1}`));
    return names;
}
function checkName(input, name, where) {
    if (!SETTING_NAME.test(name)) {
        const shown = name === "" ? "an empty name" : `"${name}"`;
        throw new errors_1.InputError(input, `${where} has ${shown}: names hold letters, digits and underscores, and start with a letter.`);
    }
}
/** Seconds of inactivity before the Space sleeps; -1: never. */
function parseSleepTime(input, raw) {
    if (raw === "")
        return undefined;
    if (raw.trim() === "-1")
        return -1;
    return (0, values_1.parseInteger)(input, raw.trim(), 0, 1, 7 * 24 * 3600);
}
function parseWaitTimeoutMs(raw) {
    if (raw !== "" && !/^\d+$/.test(raw.trim())) {
        throw new errors_1.InputError("wait_timeout", `"${raw}" is not a number of seconds. Use a whole number above 0, e.g. 600.`);
    }
    return (0, values_1.parseInteger)("wait_timeout", raw.trim(), DEFAULT_WAIT_TIMEOUT_SECONDS, 1, 6 * 3600) * 1000;
}
/** The inputs that give a new Space its settings, on create-repo and duplicate-repo. */
exports.SPACE_SETTINGS_INPUTS = {
    space_hardware: "spaceSettings",
    space_sleep_time: "spaceSettings",
    space_secrets: "spaceSettings",
    space_variables: "spaceSettings",
};
function parseSpaceSettings(read, repo) {
    const given = Object.keys(exports.SPACE_SETTINGS_INPUTS).find((name) => read(name));
    if (repo.type !== "space") {
        if (given)
            throw new errors_1.InputError(given, `only applies to Spaces; repo_type is ${repo.type}. Remove it.`);
        return {};
    }
    const hardware = read("space_hardware") || undefined;
    const sleepTimeSeconds = parseSleepTime("space_sleep_time", read("space_sleep_time"));
    if ((hardware ?? "cpu-basic") === "cpu-basic" && sleepTimeSeconds !== undefined) {
        throw new errors_1.InputError("space_sleep_time", "cannot be set on free cpu-basic hardware (the Hub decides when those sleep). Set space_hardware to paid hardware, or remove it.");
    }
    return {
        hardware,
        sleepTimeSeconds,
        secrets: parseSettingLines("space_secrets", read("space_secrets")),
        variables: parseSettingLines("space_variables", read("space_variables")),
    };
}
/** The secret values of a Space's settings, for masking. */
const settingSecrets = (settings) => (settings.secrets ?? []).map((secret) => secret.value).filter((value) => value !== "");
exports.settingSecrets = settingSecrets;


/***/ }),

/***/ 9630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseBoolean = parseBoolean;
exports.requireBoolean = requireBoolean;
exports.parseInteger = parseInteger;
exports.parseChoice = parseChoice;
exports.requireText = requireText;
exports.parseLines = parseLines;
const errors_1 = __nccwpck_require__(5939);
const TRUE_WORDS = ["true", "True", "TRUE"];
const FALSE_WORDS = ["false", "False", "FALSE"];
/** Booleans as the Actions toolkit spells them (YAML 1.2 core schema); anything else is an error. */
function parseBoolean(name, raw, fallback) {
    if (raw === "")
        return fallback;
    if (TRUE_WORDS.includes(raw))
        return true;
    if (FALSE_WORDS.includes(raw))
        return false;
    throw new errors_1.InputError(name, `"${raw}" is not a boolean. Use true or false.`);
}
function requireBoolean(name, raw) {
    const value = parseBoolean(name, raw);
    if (value === undefined)
        throw new errors_1.InputError(name, "is required. Use true or false.");
    return value;
}
function parseInteger(name, raw, fallback, min, max) {
    if (raw === "")
        return fallback;
    if (!/^\d+$/.test(raw))
        throw new errors_1.InputError(name, `"${raw}" is not a whole number. Use one from ${min} to ${max}.`);
    const value = Number(raw);
    if (value < min || value > max)
        throw new errors_1.InputError(name, `${value} is out of range. Use one from ${min} to ${max}.`);
    return value;
}
function parseChoice(name, raw, choices, fallback) {
    if (raw === "" && fallback !== undefined)
        return fallback;
    if (choices.includes(raw))
        return raw;
    const shown = raw === "" ? "it is empty" : `"${raw}" is not one of them`;
    throw new errors_1.InputError(name, `must be one of ${choices.join(", ")}; ${shown}.`);
}
function requireText(name, raw, what) {
    if (raw === "")
        throw new errors_1.InputError(name, `is required: ${what}.`);
    return raw;
}
/** A newline-separated list, one entry a line; blank lines are dropped. */
function parseLines(raw) {
    return raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0);
}


/***/ }),

/***/ 4942:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listFiles = void 0;
const files_1 = __nccwpck_require__(5004);
const repo_ref_1 = __nccwpck_require__(7775);
const urls_1 = __nccwpck_require__(6137);
const repo_1 = __nccwpck_require__(9776);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
const query_result_1 = __nccwpck_require__(7046);
exports.listFiles = (0, operation_1.defineOperation)({
    name: "list-files",
    inputs: { ...repo_1.REPO_INPUTS, revision: "revision", path_in_repo: "folder", recursive: "recursive" },
    outputs: ["files", "json_file"],
    parse: (read) => ({
        repo: (0, repo_1.parseRepo)(read),
        revision: (0, repo_1.parseRevision)(read("revision")),
        folder: read("path_in_repo") ? (0, repo_1.parsePathInRepo)(read("path_in_repo")) : "",
        recursive: (0, values_1.parseBoolean)("recursive", read("recursive"), true),
    }),
    repos: (options) => [options.repo],
    run: async (context, options) => {
        const files = await (0, files_1.listRepoFiles)(context.connection, options.repo, options);
        const url = (0, urls_1.treeWebUrl)(context.connection.endpoint, options.repo, options.revision, options.folder);
        const where = `${(0, repo_ref_1.repoId)(options.repo)}@${options.revision}${options.folder ? `/${options.folder}` : ""}`;
        return (0, query_result_1.queryResult)(context, `${files.length} file(s) in ${where}`, { output: "files", value: files }, [
            { label: "Files", url },
        ]);
    },
});


/***/ }),

/***/ 3732:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listMetrics = void 0;
const listings_1 = __nccwpck_require__(7882);
const operation_1 = __nccwpck_require__(2899);
const query_result_1 = __nccwpck_require__(7046);
exports.listMetrics = (0, operation_1.defineOperation)({
    name: "list-metrics",
    inputs: {},
    outputs: ["metrics", "json_file"],
    parse: () => ({}),
    repos: () => [],
    run: async (context) => {
        const metrics = await (0, listings_1.listMetrics)(context.connection);
        return (0, query_result_1.queryResult)(context, "Metrics the Hub lists", { output: "metrics", value: metrics });
    },
});


/***/ }),

/***/ 828:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listRepos = void 0;
const listings_1 = __nccwpck_require__(7882);
const repo_filters_1 = __nccwpck_require__(3438);
const errors_1 = __nccwpck_require__(5939);
const repo_1 = __nccwpck_require__(9776);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
const query_result_1 = __nccwpck_require__(7046);
const DEFAULT_LIST_LIMIT = 100;
// The Python client's ModelFilter / DatasetFilter fields, one input each.
const FILTER_INPUTS = {
    library: "search",
    language: "search",
    model_name: "search",
    task: "search",
    trained_dataset: "search",
    tags: "search",
    benchmark: "search",
    dataset_name: "search",
    language_creators: "search",
    languages: "search",
    multilinguality: "search",
    size_categories: "search",
    task_categories: "search",
    task_ids: "search",
};
const LIST_INPUTS = {
    repo_type: "type",
    search: "search",
    author: "search",
    filter: "search",
    sort: "search",
    direction: "search",
    limit: "search",
    full: "search",
    card_data: "search",
    fetch_config: "search",
    emissions_thresholds: "emissions",
    ...FILTER_INPUTS,
};
exports.listRepos = (0, operation_1.defineOperation)({
    name: "list-repos",
    inputs: LIST_INPUTS,
    outputs: ["repos", "json_file"],
    parse: (read) => {
        const type = (0, repo_1.parseRepoType)(read);
        const emissions = parseEmissions(read("emissions_thresholds"), type);
        const search = parseSearch(read, type);
        // The emissions are read from each model's card: ask for the cards when filtering on them.
        return { type, search: emissions ? { ...search, cardData: true } : search, emissions };
    },
    repos: () => [],
    run: async (context, options) => {
        const found = await (0, listings_1.listRepos)(context.connection, options.type, options.search);
        const repos = options.emissions ? found.filter((repo) => emissionsWithin(repo, options.emissions)) : found;
        return (0, query_result_1.queryResult)(context, `${repos.length} ${options.type} repo(s) found`, { output: "repos", value: repos });
    },
});
function parseEmissions(raw, type) {
    if (!raw)
        return undefined;
    const match = /^\s*(\d+(?:\.\d+)?)\s*[,\s]\s*(\d+(?:\.\d+)?)\s*$/.exec(raw);
    if (!match || Number(match[1]) > Number(match[2])) {
        throw new errors_1.InputError("emissions_thresholds", `"${raw}" is not a range. Use "min,max" in grams of CO2, e.g. 0,500.`);
    }
    if (type !== "model") {
        throw new errors_1.InputError("emissions_thresholds", `only applies to models; repo_type is ${type}. Remove it.`);
    }
    return { min: Number(match[1]), max: Number(match[2]) };
}
/** The card's `co2_eq_emissions` (a number, or `{emissions}`), read as the Python client reads it. */
function emissionsWithin(repo, range) {
    const card = (repo.cardData ?? repo.card_data);
    let emissions = card?.co2_eq_emissions;
    if (emissions && typeof emissions === "object")
        emissions = emissions.emissions;
    if (!emissions)
        return false;
    const value = /\d+\.\d+|\d+/.exec(String(emissions ?? ""))?.[0];
    return value !== undefined && Number(value) >= range.min && Number(value) <= range.max;
}
function parseSearch(read, type) {
    const fields = {
        library: (0, values_1.parseLines)(read("library")),
        language: (0, values_1.parseLines)(read("language")),
        task: (0, values_1.parseLines)(read("task")),
        trainedDataset: (0, values_1.parseLines)(read("trained_dataset")),
        tags: (0, values_1.parseLines)(read("tags")),
        benchmark: (0, values_1.parseLines)(read("benchmark")),
        languageCreators: (0, values_1.parseLines)(read("language_creators")),
        languages: (0, values_1.parseLines)(read("languages")),
        multilinguality: (0, values_1.parseLines)(read("multilinguality")),
        sizeCategories: (0, values_1.parseLines)(read("size_categories")),
        taskCategories: (0, values_1.parseLines)(read("task_categories")),
        taskIds: (0, values_1.parseLines)(read("task_ids")),
    };
    const name = read(type === "dataset" ? "dataset_name" : "model_name");
    return {
        search: read("search") || name || undefined,
        author: read("author") || undefined,
        filters: [...(0, values_1.parseLines)(read("filter")), ...(0, repo_filters_1.filterValues)(type, fields)],
        sort: read("sort") || undefined,
        direction: read("direction") ? (0, values_1.parseChoice)("direction", read("direction"), ["-1", "1"]) : undefined,
        limit: (0, values_1.parseInteger)("limit", read("limit"), DEFAULT_LIST_LIMIT, 1, 100_000),
        full: (0, values_1.parseBoolean)("full", read("full"), false),
        cardData: (0, values_1.parseBoolean)("card_data", read("card_data"), false),
        config: (0, values_1.parseBoolean)("fetch_config", read("fetch_config"), false),
    };
}


/***/ }),

/***/ 9240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listTags = void 0;
const listings_1 = __nccwpck_require__(7882);
const errors_1 = __nccwpck_require__(5939);
const repo_1 = __nccwpck_require__(9776);
const operation_1 = __nccwpck_require__(2899);
const query_result_1 = __nccwpck_require__(7046);
exports.listTags = (0, operation_1.defineOperation)({
    name: "list-tags",
    inputs: { repo_type: "type" },
    outputs: ["tags", "json_file"],
    parse: (read) => {
        const type = (0, repo_1.parseRepoType)(read);
        if (type === "space") {
            throw new errors_1.InputError("repo_type", "list-tags knows model and dataset tags. Use model or dataset.");
        }
        return { type };
    },
    repos: () => [],
    run: async (context, options) => {
        const tags = await (0, listings_1.tagsByType)(context.connection, options.type);
        return (0, query_result_1.queryResult)(context, `Tags of ${options.type}s by type`, { output: "tags", value: tags });
    },
});


/***/ }),

/***/ 5975:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.login = void 0;
const repos_1 = __nccwpck_require__(470);
const repo_1 = __nccwpck_require__(9776);
const operation_1 = __nccwpck_require__(2899);
const token_file_1 = __nccwpck_require__(2486);
/**
 * Hands the token to the job's later steps (the `hf` CLI, transformers' push_to_hub, datasets): checked with
 * whoami, exported as HF_TOKEN, and saved where the Python client reads it; the post step removes the file.
 */
exports.login = (0, operation_1.defineOperation)({
    name: "login",
    inputs: { repo_id: "repo", repo_type: "repo", organization: "repo" },
    outputs: ["name", "expires_at"],
    parse: (read, { env }) => ({
        repo: read("repo_id")
            ? (0, repo_1.parseRepoIdInput)("repo_id", read("repo_id"), (0, repo_1.parseRepoType)(read), read("organization"))
            : undefined,
        tokenFile: (0, token_file_1.tokenFilePath)(env),
    }),
    repos: (options) => (options.repo ? [options.repo] : []),
    run: async (context, options) => {
        const { connection } = context;
        const identity = await (0, repos_1.whoami)(connection);
        await (0, token_file_1.saveToken)(options.tokenFile, connection.token);
        const lifetime = connection.tokenExpiresAt ? `, a short-lived token until ${connection.tokenExpiresAt}` : "";
        const headline = `Logged in as ${identity.name}${lifetime}: later steps get HF_TOKEN and ${options.tokenFile}`;
        context.reporter.info(headline);
        return {
            outputs: { name: identity.name, expires_at: connection.tokenExpiresAt ?? "" },
            headline,
            links: [],
            secretEnvironment: { HF_TOKEN: connection.token },
            removeAtJobEnd: options.tokenFile,
        };
    },
});


/***/ }),

/***/ 4406:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.logout = void 0;
const operation_1 = __nccwpck_require__(2899);
const token_file_1 = __nccwpck_require__(2486);
/** Takes the token away from the job's later steps: HF_TOKEN emptied and the saved token file removed. */
exports.logout = (0, operation_1.defineOperation)({
    name: "logout",
    inputs: {},
    outputs: ["removed"],
    anonymous: true,
    parse: (_read, { env }) => ({ tokenFile: (0, token_file_1.tokenFilePath)(env) }),
    repos: () => [],
    run: async (context, options) => {
        const removed = await (0, token_file_1.removeToken)(options.tokenFile);
        const headline = removed
            ? `Logged out: removed ${options.tokenFile}, and HF_TOKEN is empty for later steps`
            : `Logged out: no token file at ${options.tokenFile}; HF_TOKEN is empty for later steps`;
        context.reporter.info(headline);
        return { outputs: { removed: String(removed) }, headline, links: [], secretEnvironment: { HF_TOKEN: "" } };
    },
});


/***/ }),

/***/ 5198:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.moveRepo = void 0;
const repo_ref_1 = __nccwpck_require__(7775);
const repos_1 = __nccwpck_require__(470);
const urls_1 = __nccwpck_require__(6137);
const errors_1 = __nccwpck_require__(5939);
const repo_1 = __nccwpck_require__(9776);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
exports.moveRepo = (0, operation_1.defineOperation)({
    name: "move-repo",
    inputs: { ...repo_1.REPO_INPUTS, to_repo_id: "to" },
    outputs: ["url", "repo_id"],
    parse: (read) => {
        const repo = (0, repo_1.parseRepo)(read);
        const raw = (0, values_1.requireText)("to_repo_id", read("to_repo_id"), "the new id, as namespace/name");
        return { repo, to: (0, repo_1.parseRepoIdInput)("to_repo_id", raw, repo.type, read("organization")) };
    },
    repos: (options) => [options.repo, options.to],
    run: async (context, options) => {
        // Compared once bare names are resolved: "model" and "alice/model" may be the same repo.
        if ((0, repo_ref_1.repoId)(options.repo).toLowerCase() === (0, repo_ref_1.repoId)(options.to).toLowerCase()) {
            throw new errors_1.OptionError("to", `is the same as repo_id (${(0, repo_ref_1.repoId)(options.repo)}). Name the new id.`);
        }
        await (0, repos_1.moveRepo)(context.connection, options.repo, options.to);
        const url = (0, urls_1.repoWebUrl)(context.connection.endpoint, options.to);
        const headline = `Moved ${(0, repo_ref_1.repoId)(options.repo)} to ${(0, repo_ref_1.repoId)(options.to)}`;
        context.reporter.info(headline);
        return { outputs: { url, repo_id: (0, repo_ref_1.repoId)(options.to) }, headline, links: [{ label: "Repository", url }] };
    },
});


/***/ }),

/***/ 2899:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defineOperation = defineOperation;
/**
 * Declares an operation; its types are inferred from the declaration, and each input must name an option
 * the parser returns.
 */
function defineOperation(operation) {
    return operation;
}


/***/ }),

/***/ 6235:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pauseSpace = void 0;
const repo_ref_1 = __nccwpck_require__(7775);
const spaces_1 = __nccwpck_require__(4740);
const urls_1 = __nccwpck_require__(6137);
const repo_1 = __nccwpck_require__(9776);
const space_1 = __nccwpck_require__(728);
const operation_1 = __nccwpck_require__(2899);
/** Pauses a Space: it stops (and stops costing) until restarted. */
exports.pauseSpace = (0, operation_1.defineOperation)({
    name: "pause-space",
    inputs: repo_1.REPO_INPUTS,
    outputs: ["stage"],
    parse: (read) => {
        const repo = (0, repo_1.parseRepo)(read);
        (0, space_1.requireSpace)(repo, "pause-space");
        return { repo };
    },
    repos: (options) => [options.repo],
    run: async (context, options) => {
        const runtime = await (0, spaces_1.pauseSpace)(context.connection, options.repo);
        const headline = `Paused ${(0, repo_ref_1.repoId)(options.repo)}: ${runtime.stage}`;
        context.reporter.info(headline);
        return {
            outputs: { stage: runtime.stage },
            headline,
            links: [{ label: "Space", url: (0, urls_1.repoWebUrl)(context.connection.endpoint, options.repo) }],
        };
    },
});


/***/ }),

/***/ 7046:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.queryResult = queryResult;
/** A query's answer goes to one JSON output, and to a file (step outputs are size-limited). */
function queryResult(context, headline, json, links = []) {
    context.reporter.info(headline);
    return { outputs: {}, headline, links, json };
}


/***/ }),

/***/ 23:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tolerating = tolerating;
exports.refCreated = refCreated;
exports.refDeleted = refDeleted;
const connection_1 = __nccwpck_require__(1871);
const repo_ref_1 = __nccwpck_require__(7775);
const urls_1 = __nccwpck_require__(6137);
/** Runs `change`; a Hub answer of `status` counts as "nothing to do" when allowed. True when it changed something. */
async function tolerating(status, allowed, change) {
    try {
        await change();
        return true;
    }
    catch (error) {
        if (allowed && (0, connection_1.isHubError)(error, status))
            return false;
        throw error;
    }
}
function refCreated(context, repo, ref) {
    const url = (0, urls_1.treeWebUrl)(context.connection.endpoint, repo, ref.name);
    const headline = ref.createdFrom
        ? `Created ${ref.kind} ${ref.name} of ${(0, repo_ref_1.repoId)(repo)} ${ref.createdFrom}`
        : `${ref.kind} ${ref.name} of ${(0, repo_ref_1.repoId)(repo)} already exists; left as it is`;
    context.reporter.info(headline);
    return {
        outputs: { url, created: String(Boolean(ref.createdFrom)) },
        headline,
        links: [{ label: ref.kind, url }],
    };
}
function refDeleted(context, repo, ref) {
    const url = (0, urls_1.repoWebUrl)(context.connection.endpoint, repo);
    const headline = ref.deleted
        ? `Deleted ${ref.kind} ${ref.name} of ${(0, repo_ref_1.repoId)(repo)}`
        : `${ref.kind} ${ref.name} of ${(0, repo_ref_1.repoId)(repo)} does not exist`;
    context.reporter.info(headline);
    return { outputs: { url, deleted: String(ref.deleted) }, headline, links: [{ label: "Repository", url }] };
}


/***/ }),

/***/ 1891:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OPERATION_NAMES = exports.OPERATIONS = void 0;
exports.findOperation = findOperation;
exports.requestRepos = requestRepos;
exports.requestSecrets = requestSecrets;
exports.needsToken = needsToken;
exports.runOperation = runOperation;
const repos_1 = __nccwpck_require__(470);
const create_branch_1 = __nccwpck_require__(5477);
const create_repo_1 = __nccwpck_require__(4393);
const create_tag_1 = __nccwpck_require__(7621);
const delete_branch_1 = __nccwpck_require__(6952);
const delete_file_1 = __nccwpck_require__(694);
const delete_repo_1 = __nccwpck_require__(2296);
const delete_tag_1 = __nccwpck_require__(5286);
const list_files_1 = __nccwpck_require__(4942);
const list_metrics_1 = __nccwpck_require__(3732);
const list_repos_1 = __nccwpck_require__(828);
const list_tags_1 = __nccwpck_require__(9240);
const login_1 = __nccwpck_require__(5975);
const logout_1 = __nccwpck_require__(4406);
const duplicate_repo_1 = __nccwpck_require__(7684);
const pause_space_1 = __nccwpck_require__(6235);
const restart_space_1 = __nccwpck_require__(5546);
const space_hardware_1 = __nccwpck_require__(7133);
const space_runtime_1 = __nccwpck_require__(6433);
const space_secrets_1 = __nccwpck_require__(4432);
const space_variables_1 = __nccwpck_require__(6524);
const move_repo_1 = __nccwpck_require__(5198);
const repo_info_1 = __nccwpck_require__(1065);
const upload_file_1 = __nccwpck_require__(7088);
const visibility_1 = __nccwpck_require__(4296);
const whoami_1 = __nccwpck_require__(3825);
/** Every operation, by the name the `operation` input gives: the one place an operation is registered. */
exports.OPERATIONS = {
    "create-repo": create_repo_1.createRepo,
    "upload-file": upload_file_1.uploadFile,
    "delete-file": delete_file_1.deleteFile,
    visibility: visibility_1.visibility,
    "delete-repo": delete_repo_1.deleteRepo,
    "move-repo": move_repo_1.moveRepo,
    "list-files": list_files_1.listFiles,
    "repo-info": repo_info_1.repoInfo,
    whoami: whoami_1.whoami,
    "list-repos": list_repos_1.listRepos,
    "list-tags": list_tags_1.listTags,
    "list-metrics": list_metrics_1.listMetrics,
    "create-branch": create_branch_1.createBranch,
    "delete-branch": delete_branch_1.deleteBranch,
    "create-tag": create_tag_1.createTag,
    "delete-tag": delete_tag_1.deleteTag,
    login: login_1.login,
    logout: logout_1.logout,
    "space-secrets": space_secrets_1.spaceSecrets,
    "space-variables": space_variables_1.spaceVariables,
    "space-hardware": space_hardware_1.spaceHardware,
    "space-runtime": space_runtime_1.spaceRuntime,
    "pause-space": pause_space_1.pauseSpace,
    "restart-space": restart_space_1.restartSpace,
    "duplicate-repo": duplicate_repo_1.duplicateRepo,
};
exports.OPERATION_NAMES = Object.keys(exports.OPERATIONS);
/** The operation a value of the `operation` input names, by its name or an alias. */
function findOperation(name) {
    const operations = Object.values(exports.OPERATIONS);
    const found = operations.find((operation) => operation.name === name || operation.aliases?.includes(name));
    return found?.name;
}
// Dispatch through one signature: the request type already ties each name to its own options.
function operationOf(request) {
    return exports.OPERATIONS[request.operation];
}
/** The repos a request acts on, its subject first. */
function requestRepos(request) {
    return operationOf(request).repos(request.options);
}
/** The secret values a request carries (Space secrets), to be masked before anything is sent or shown. */
function requestSecrets(request) {
    return operationOf(request).secrets?.(request.options) ?? [];
}
/** Whether the request needs a token at all. */
function needsToken(request) {
    return !operationOf(request).anonymous;
}
async function runOperation(context, request) {
    await resolveNamespaces(context, requestRepos(request));
    return operationOf(request).run(context, request.options);
}
// A repo id given without a namespace belongs to the token's user (parsing filled in `organization` first).
async function resolveNamespaces(context, repos) {
    const unresolved = repos.filter((repo) => repo.namespace === "");
    if (unresolved.length === 0)
        return;
    const { name } = await (0, repos_1.whoami)(context.connection);
    for (const repo of unresolved)
        repo.namespace = name;
    context.reporter.info(`No namespace given: using the token's user, ${name}`);
}


/***/ }),

/***/ 1065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.repoInfo = void 0;
const repo_ref_1 = __nccwpck_require__(7775);
const repos_1 = __nccwpck_require__(470);
const urls_1 = __nccwpck_require__(6137);
const repo_1 = __nccwpck_require__(9776);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
const query_result_1 = __nccwpck_require__(7046);
exports.repoInfo = (0, operation_1.defineOperation)({
    name: "repo-info",
    inputs: { ...repo_1.REPO_INPUTS, revision: "revision", security_status: "securityStatus" },
    outputs: ["info", "json_file", "sha", "private", "url"],
    parse: (read) => ({
        repo: (0, repo_1.parseRepo)(read),
        revision: read("revision") ? (0, repo_1.parseRevision)(read("revision")) : undefined,
        securityStatus: (0, values_1.parseBoolean)("security_status", read("security_status"), false),
    }),
    repos: (options) => [options.repo],
    run: async (context, options) => {
        const info = await (0, repos_1.repoInfo)(context.connection, options.repo, options.revision, options);
        const url = (0, urls_1.repoWebUrl)(context.connection.endpoint, options.repo);
        const headline = `${(0, repo_ref_1.repoId)(options.repo)}: ${info.private ? "private" : "public"}, head ${info.sha ?? "unknown"}`;
        const result = (0, query_result_1.queryResult)(context, headline, { output: "info", value: info }, [
            { label: "Repository", url },
        ]);
        return { ...result, outputs: { sha: info.sha ?? "", private: String(info.private), url } };
    },
});


/***/ }),

/***/ 5546:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.restartSpace = void 0;
const repo_ref_1 = __nccwpck_require__(7775);
const spaces_1 = __nccwpck_require__(4740);
const urls_1 = __nccwpck_require__(6137);
const repo_1 = __nccwpck_require__(9776);
const space_1 = __nccwpck_require__(728);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
exports.restartSpace = (0, operation_1.defineOperation)({
    name: "restart-space",
    inputs: { ...repo_1.REPO_INPUTS, factory_reboot: "factoryReboot" },
    outputs: ["stage"],
    parse: (read) => {
        const repo = (0, repo_1.parseRepo)(read);
        (0, space_1.requireSpace)(repo, "restart-space");
        return { repo, factoryReboot: (0, values_1.parseBoolean)("factory_reboot", read("factory_reboot"), false) };
    },
    repos: (options) => [options.repo],
    run: async (context, options) => {
        const runtime = await (0, spaces_1.restartSpace)(context.connection, options.repo, options.factoryReboot);
        const headline = `Restarted ${(0, repo_ref_1.repoId)(options.repo)}${options.factoryReboot ? " from scratch" : ""}: ${runtime.stage}`;
        context.reporter.info(headline);
        return {
            outputs: { stage: runtime.stage },
            headline,
            links: [{ label: "Space", url: (0, urls_1.repoWebUrl)(context.connection.endpoint, options.repo) }],
        };
    },
});


/***/ }),

/***/ 7133:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spaceHardware = void 0;
const spaces_1 = __nccwpck_require__(4740);
const urls_1 = __nccwpck_require__(6137);
const errors_1 = __nccwpck_require__(5939);
const repo_1 = __nccwpck_require__(9776);
const space_1 = __nccwpck_require__(728);
const operation_1 = __nccwpck_require__(2899);
// Free Spaces sleep on the Hub's schedule: their sleep time cannot be set.
const FREE_HARDWARE = "cpu-basic";
const FREE_SLEEP_MESSAGE = "cannot be set on free cpu-basic hardware (the Hub decides when those sleep). Request paid hardware with it, or remove it.";
/** Requests a hardware flavor (checked against the Hub's list first) and sets the sleep time. */
exports.spaceHardware = (0, operation_1.defineOperation)({
    name: "space-hardware",
    inputs: { ...repo_1.REPO_INPUTS, hardware: "hardware", sleep_time: "sleepTime" },
    outputs: ["stage", "hardware"],
    parse: (read) => {
        const repo = (0, repo_1.parseRepo)(read);
        (0, space_1.requireSpace)(repo, "space-hardware");
        const options = {
            repo,
            hardware: read("hardware") || undefined,
            sleepTime: (0, space_1.parseSleepTime)("sleep_time", read("sleep_time")),
        };
        if (options.hardware === FREE_HARDWARE && options.sleepTime !== undefined) {
            throw new errors_1.InputError("sleep_time", FREE_SLEEP_MESSAGE);
        }
        if (!options.hardware && options.sleepTime === undefined) {
            throw new errors_1.InputError("hardware", "is required: a flavor such as cpu-upgrade or t4-small (or sleep_time alone).");
        }
        return options;
    },
    repos: (options) => [options.repo],
    run: async (context, options) => {
        const { connection } = context;
        if (options.hardware) {
            const flavors = await (0, spaces_1.spaceHardwareFlavors)(connection);
            if (!flavors.includes(options.hardware)) {
                throw new errors_1.OptionError("hardware", `"${options.hardware}" is not a flavor the Hub offers. Use one of ${flavors.join(", ")}.`);
            }
        }
        const { hardware: now } = options.hardware ? { hardware: undefined } : await (0, spaces_1.spaceRuntime)(connection, options.repo);
        if (now && (now.requested ?? now.current) === FREE_HARDWARE) {
            throw new errors_1.OptionError("sleepTime", FREE_SLEEP_MESSAGE);
        }
        const runtime = options.hardware
            ? await (0, spaces_1.requestSpaceHardware)(connection, options.repo, options.hardware, options.sleepTime)
            : await (0, spaces_1.setSpaceSleepTime)(connection, options.repo, options.sleepTime);
        const hardware = runtime.hardware.requested ?? runtime.hardware.current ?? "";
        const sleep = options.sleepTime === undefined
            ? ""
            : options.sleepTime === -1
                ? ", never sleeps"
                : `, sleeps after ${options.sleepTime} s`;
        const headline = `Space hardware: ${hardware}${sleep}; stage ${runtime.stage}`;
        context.reporter.info(headline);
        return {
            outputs: { stage: runtime.stage, hardware },
            headline,
            links: [{ label: "Space", url: (0, urls_1.repoWebUrl)(connection.endpoint, options.repo) }],
        };
    },
});


/***/ }),

/***/ 6433:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spaceRuntime = void 0;
const repo_ref_1 = __nccwpck_require__(7775);
const spaces_1 = __nccwpck_require__(4740);
const urls_1 = __nccwpck_require__(6137);
const repo_1 = __nccwpck_require__(9776);
const space_1 = __nccwpck_require__(728);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
const query_result_1 = __nccwpck_require__(7046);
const space_wait_1 = __nccwpck_require__(980);
exports.spaceRuntime = (0, operation_1.defineOperation)({
    name: "space-runtime",
    inputs: { ...repo_1.REPO_INPUTS, wait: "wait", wait_timeout: "waitTimeout" },
    outputs: ["stage", "hardware", "space_url", "runtime", "json_file"],
    parse: (read) => {
        const repo = (0, repo_1.parseRepo)(read);
        (0, space_1.requireSpace)(repo, "space-runtime");
        return {
            repo,
            wait: (0, values_1.parseBoolean)("wait", read("wait"), false),
            waitTimeout: (0, space_1.parseWaitTimeoutMs)(read("wait_timeout")),
        };
    },
    repos: (options) => [options.repo],
    run: async (context, options) => {
        const { connection } = context;
        const runtime = options.wait
            ? await (0, space_wait_1.waitForSpace)(connection, context.reporter, options.repo, { timeoutMs: options.waitTimeout })
            : await (0, spaces_1.spaceRuntime)(connection, options.repo);
        const spaceUrl = (0, spaces_1.spaceAppUrl)(runtime);
        const result = (0, query_result_1.queryResult)(context, `${(0, repo_ref_1.repoId)(options.repo)} is ${runtime.stage}${spaceUrl ? ` at ${spaceUrl}` : ""}`, { output: "runtime", value: runtime }, [
            { label: "Space", url: (0, urls_1.repoWebUrl)(connection.endpoint, options.repo) },
            ...(spaceUrl ? [{ label: "App", url: spaceUrl }] : []),
        ]);
        const hardware = runtime.hardware.current ?? runtime.hardware.requested ?? "";
        return { ...result, outputs: { stage: runtime.stage, hardware, space_url: spaceUrl } };
    },
});


/***/ }),

/***/ 4432:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spaceSecrets = void 0;
const spaces_1 = __nccwpck_require__(4740);
const urls_1 = __nccwpck_require__(6137);
const repo_1 = __nccwpck_require__(9776);
const space_1 = __nccwpck_require__(728);
const operation_1 = __nccwpck_require__(2899);
/** Sets and deletes a Space's secrets; values are masked before the first call and never shown. */
exports.spaceSecrets = (0, operation_1.defineOperation)({
    name: "space-secrets",
    inputs: { ...repo_1.REPO_INPUTS, secrets: "secrets", delete_secrets: "deleteSecrets" },
    outputs: ["set", "deleted"],
    parse: (read) => {
        const repo = (0, repo_1.parseRepo)(read);
        (0, space_1.requireSpace)(repo, "space-secrets");
        const changes = (0, space_1.parseSettingChanges)(read, { set: "secrets", delete: "delete_secrets" });
        return { repo, secrets: changes.set, deleteSecrets: changes.delete };
    },
    secrets: (options) => (0, space_1.settingSecrets)({ secrets: options.secrets }),
    repos: (options) => [options.repo],
    run: async (context, options) => {
        for (const secret of options.secrets)
            await (0, spaces_1.addSpaceSecret)(context.connection, options.repo, secret);
        for (const key of options.deleteSecrets)
            await (0, spaces_1.deleteSpaceSecret)(context.connection, options.repo, key);
        const set = options.secrets.map((secret) => secret.key);
        const headline = `Space secrets: ${set.length} set, ${options.deleteSecrets.length} deleted`;
        context.reporter.info(`${headline}${set.length ? ` (${set.join(", ")})` : ""}`);
        return {
            outputs: { set: JSON.stringify(set), deleted: JSON.stringify(options.deleteSecrets) },
            headline,
            links: [{ label: "Space", url: (0, urls_1.repoWebUrl)(context.connection.endpoint, options.repo) }],
        };
    },
});


/***/ }),

/***/ 6524:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spaceVariables = void 0;
const spaces_1 = __nccwpck_require__(4740);
const urls_1 = __nccwpck_require__(6137);
const repo_1 = __nccwpck_require__(9776);
const space_1 = __nccwpck_require__(728);
const operation_1 = __nccwpck_require__(2899);
/** Sets and deletes a Space's variables; outputs the variables it has afterwards. */
exports.spaceVariables = (0, operation_1.defineOperation)({
    name: "space-variables",
    inputs: { ...repo_1.REPO_INPUTS, variables: "variables", delete_variables: "deleteVariables" },
    outputs: ["set", "deleted", "variables"],
    parse: (read) => {
        const repo = (0, repo_1.parseRepo)(read);
        (0, space_1.requireSpace)(repo, "space-variables");
        const changes = (0, space_1.parseSettingChanges)(read, { set: "variables", delete: "delete_variables" });
        return { repo, variables: changes.set, deleteVariables: changes.delete };
    },
    repos: (options) => [options.repo],
    run: async (context, options) => {
        for (const variable of options.variables)
            await (0, spaces_1.addSpaceVariable)(context.connection, options.repo, variable);
        for (const key of options.deleteVariables)
            await (0, spaces_1.deleteSpaceVariable)(context.connection, options.repo, key);
        const now = await (0, spaces_1.listSpaceVariables)(context.connection, options.repo);
        const set = options.variables.map((variable) => variable.key);
        const headline = `Space variables: ${set.length} set, ${options.deleteVariables.length} deleted; ${Object.keys(now).length} in all`;
        context.reporter.info(headline);
        return {
            outputs: {
                set: JSON.stringify(set),
                deleted: JSON.stringify(options.deleteVariables),
                variables: JSON.stringify(now),
            },
            headline,
            links: [{ label: "Space", url: (0, urls_1.repoWebUrl)(context.connection.endpoint, options.repo) }],
            table: { header: ["Variable", "Value"], rows: Object.entries(now) },
        };
    },
});


/***/ }),

/***/ 980:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.waitForSpace = waitForSpace;
const repo_ref_1 = __nccwpck_require__(7775);
const retry_1 = __nccwpck_require__(4529);
const spaces_1 = __nccwpck_require__(4740);
const errors_1 = __nccwpck_require__(5939);
// The Python client's wait_for_space polls every second too.
const POLL_MS = 1000;
const PROGRESS_EVERY_MS = 10_000;
const LOG_TAIL_LINES = 40;
// A live log's event stream never ends: read what it holds for this long.
const LOG_READ_MS = 2000;
const FAILED_STAGES = ["BUILD_ERROR", "RUNTIME_ERROR", "CONFIG_ERROR", "NO_APP_FILE"];
/**
 * Polls the Space's runtime until its stage is no longer intermediate, logging the stage at least every 10 s;
 * a failed stage fails with the last lines of the build (or run) log, in the log and in the job summary.
 */
async function waitForSpace(connection, reporter, space, wait) {
    const started = Date.now();
    let lastLine = started;
    for (;;) {
        const runtime = await (0, spaces_1.spaceRuntime)(connection, space);
        const ours = !wait.sha || !runtime.sha || runtime.sha === wait.sha;
        if (ours && !spaces_1.INTERMEDIATE_STAGES.includes(runtime.stage)) {
            if (FAILED_STAGES.includes(runtime.stage))
                await failWithLog(connection, reporter, space, runtime);
            return runtime;
        }
        const waited = Date.now() - started;
        if (waited >= wait.timeoutMs) {
            throw new errors_1.OptionError("waitTimeout", `${(0, repo_ref_1.repoId)(space)} was still ${runtime.stage} after ${Math.round(waited / 1000)} s. Raise wait_timeout, or look at the Space's build log.`);
        }
        if (Date.now() - lastLine >= PROGRESS_EVERY_MS) {
            lastLine = Date.now();
            reporter.info(`Waiting for ${(0, repo_ref_1.repoId)(space)}: ${runtime.stage} after ${Math.round(waited / 1000)} s`);
        }
        await (0, retry_1.sleep)(Math.min(POLL_MS, Math.max(0, wait.timeoutMs - waited)));
    }
}
async function failWithLog(connection, reporter, space, runtime) {
    const kind = runtime.stage === "RUNTIME_ERROR" ? "run" : "build";
    const lines = (await (0, spaces_1.spaceLogLines)(connection, space, kind, LOG_READ_MS).catch(() => [])).slice(-LOG_TAIL_LINES);
    const title = `The last lines of ${(0, repo_ref_1.repoId)(space)}'s ${kind} log`;
    reporter.startGroup(title);
    for (const line of lines)
        reporter.info(line);
    reporter.endGroup();
    const why = runtime.errorMessage ? `: ${runtime.errorMessage}` : "";
    throw new errors_1.ReportedFailure(`the Space stopped at ${runtime.stage}${why}. ${lines.length ? `The ${kind} log's last lines are in the step's log and the job summary.` : `Its ${kind} log was empty.`}`, { headline: `${(0, repo_ref_1.repoId)(space)} stopped at ${runtime.stage}${why}`, lines: [title, ...lines] });
}


/***/ }),

/***/ 2486:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tokenFilePath = tokenFilePath;
exports.saveToken = saveToken;
exports.removeToken = removeToken;
const promises_1 = __nccwpck_require__(1455);
const node_os_1 = __importDefault(__nccwpck_require__(8161));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
/** Where the Python client (and so the `hf` CLI, transformers, datasets) reads a saved token. */
function tokenFilePath(env) {
    if (env.HF_TOKEN_PATH)
        return env.HF_TOKEN_PATH;
    const home = env.HF_HOME || node_path_1.default.join(env.XDG_CACHE_HOME || node_path_1.default.join(node_os_1.default.homedir(), ".cache"), "huggingface");
    return node_path_1.default.join(home, "token");
}
/** Saves the token where the Hub's clients look for it, readable by this user only. */
async function saveToken(file, token) {
    await (0, promises_1.mkdir)(node_path_1.default.dirname(file), { recursive: true });
    await (0, promises_1.writeFile)(file, token, { mode: 0o600 });
}
/** Removes a saved token; true when there was one. */
async function removeToken(file) {
    try {
        await (0, promises_1.rm)(file);
        return true;
    }
    catch (error) {
        if (error.code === "ENOENT")
            return false;
        throw error;
    }
}


/***/ }),

/***/ 7088:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.uploadFile = void 0;
const promises_1 = __nccwpck_require__(1455);
const files_1 = __nccwpck_require__(5004);
const refs_1 = __nccwpck_require__(25);
const repo_ref_1 = __nccwpck_require__(7775);
const commit_message_1 = __nccwpck_require__(6527);
const errors_1 = __nccwpck_require__(5939);
const repo_1 = __nccwpck_require__(9776);
const space_1 = __nccwpck_require__(728);
const space_wait_1 = __nccwpck_require__(980);
const spaces_1 = __nccwpck_require__(4740);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
const commit_1 = __nccwpck_require__(1973);
const file_1 = __nccwpck_require__(2610);
const inspect_1 = __nccwpck_require__(1190);
const lfs_pointers_1 = __nccwpck_require__(6688);
const plan_1 = __nccwpck_require__(4659);
const progress_1 = __nccwpck_require__(375);
const report_1 = __nccwpck_require__(8410);
const select_1 = __nccwpck_require__(5916);
const split_1 = __nccwpck_require__(562);
const transfer_1 = __nccwpck_require__(6711);
const NO_FILES_CHOICES = ["error", "warn", "ignore"];
const DEFAULT_CONCURRENCY = 4;
/**
 * Uploads files, folders or globs: select -> inspect -> plan -> transfer -> commit, once per commit the
 * limits call for, then report.
 */
exports.uploadFile = (0, operation_1.defineOperation)({
    name: "upload-file",
    aliases: ["upload", "upload-folder"],
    inputs: {
        ...repo_1.REPO_INPUTS,
        path: "selection",
        path_in_repo: "selection",
        include: "selection",
        exclude: "selection",
        include_hidden: "selection",
        revision: "revision",
        if_no_files_found: "ifNoFilesFound",
        allow_lfs_pointers: "allowLfsPointers",
        delete_patterns: "deletePatterns",
        create_branch: "createBranch",
        create_pr: "createPr",
        parent_commit: "parentCommit",
        commit_message: "commitMessage",
        commit_description: "commitDescription",
        concurrency: "concurrency",
        max_files_per_commit: "commitLimits",
        max_bytes_per_commit: "commitLimits",
        wait_timeout: "waitTimeout",
        wait: "waitTimeout",
    },
    outputs: [...report_1.UPLOAD_OUTPUTS, "stage", "space_url"],
    parse: (read, { workspace, source }) => {
        const repo = (0, repo_1.parseRepo)(read);
        const revision = (0, repo_1.parseRevision)(read("revision"));
        const paths = (0, values_1.parseLines)((0, values_1.requireText)("path", read("path"), "the files, folders or globs to upload"));
        const pathInRepo = read("path_in_repo") ? (0, repo_1.parsePathInRepo)(read("path_in_repo")) : "";
        const createPr = (0, values_1.parseBoolean)("create_pr", read("create_pr"), false);
        const createBranch = (0, values_1.parseBoolean)("create_branch", read("create_branch"), false);
        if (createPr && revision.startsWith("refs/pr/")) {
            throw new errors_1.InputError("create_pr", `cannot open a pull request against ${revision}. Set revision to a branch.`);
        }
        const wait = (0, values_1.parseBoolean)("wait", read("wait"), false);
        if (wait && repo.type !== "space") {
            throw new errors_1.InputError("wait", `waits for a Space's build; repo_type is ${repo.type}. Remove it, or set repo_type: space.`);
        }
        if (wait && createPr) {
            throw new errors_1.InputError("wait", "waits for the build of a commit to the Space; a pull request does not build. Remove one of them.");
        }
        return {
            repo,
            revision,
            selection: {
                workspace,
                paths,
                pathInRepo,
                include: (0, values_1.parseLines)(read("include")),
                exclude: (0, values_1.parseLines)(read("exclude")),
                includeHidden: (0, values_1.parseBoolean)("include_hidden", read("include_hidden"), false),
            },
            ifNoFilesFound: (0, values_1.parseChoice)("if_no_files_found", read("if_no_files_found"), NO_FILES_CHOICES, "error"),
            allowLfsPointers: (0, values_1.parseBoolean)("allow_lfs_pointers", read("allow_lfs_pointers"), false),
            deletePatterns: (0, values_1.parseLines)(read("delete_patterns")),
            createBranch,
            createPr,
            parentCommit: parseParentCommit(read("parent_commit")),
            commitMessage: read("commit_message") || undefined,
            commitDescription: read("commit_description") || undefined,
            source,
            concurrency: (0, values_1.parseInteger)("concurrency", read("concurrency"), DEFAULT_CONCURRENCY, 1, 64),
            commitLimits: {
                maxFiles: (0, values_1.parseInteger)("max_files_per_commit", read("max_files_per_commit"), split_1.DEFAULT_COMMIT_LIMITS.maxFiles, 1, 100_000),
                maxBytes: (0, values_1.parseInteger)("max_bytes_per_commit", read("max_bytes_per_commit"), split_1.DEFAULT_COMMIT_LIMITS.maxBytes, 1, Number.MAX_SAFE_INTEGER),
            },
            waitTimeout: wait ? (0, space_1.parseWaitTimeoutMs)(read("wait_timeout")) : undefined,
        };
    },
    repos: (options) => [options.repo],
    run: async (context, options) => {
        const { reporter } = context;
        reporter.startGroup("Select files");
        // The first files' preupload calls go out while the rest are listed; a new branch must exist first.
        const prefetch = options.createBranch
            ? undefined
            : new inspect_1.PreuploadPrefetch(context.connection, firstTarget(options), options.commitLimits);
        const selection = await selectAndCheck(context, options, prefetch).finally(() => reporter.endGroup());
        const outcome = { selection, files: [], deleted: [], commits: [], landedOn: options.revision };
        if (selection.files.length > 0) {
            await (0, inspect_1.checkModelCard)(context.connection, options.repo, selection.files);
            await prepareRevision(context, options);
            const deletions = await findDeletions(context.connection, options, selection);
            const extras = { deletions, gitIgnore: await gitIgnoreOf(selection), prefetch };
            await commitInBatches(context, options, extras, outcome);
            if (outcome.files.every((file) => file.outcome === "ignored")) {
                noFilesLeft(context, options, `.gitignore excludes every file ${options.selection.paths.join(", ")} selected`);
            }
        }
        const report = (0, report_1.uploadReport)(context.connection.endpoint, options, outcome);
        if (options.waitTimeout === undefined)
            return report;
        // The build of this upload's commit, not an older one; with nothing committed, the Space as it is.
        const runtime = await (0, space_wait_1.waitForSpace)(context.connection, context.reporter, options.repo, {
            timeoutMs: options.waitTimeout,
            sha: outcome.commits.at(-1)?.sha,
        });
        const spaceUrl = (0, spaces_1.spaceAppUrl)(runtime);
        context.reporter.info(`${(0, repo_ref_1.repoId)(options.repo)} is ${runtime.stage}${spaceUrl ? ` at ${spaceUrl}` : ""}`);
        return {
            ...report,
            outputs: { ...report.outputs, stage: runtime.stage, space_url: spaceUrl },
            links: [...report.links, ...(spaceUrl ? [{ label: "App", url: spaceUrl }] : [])],
        };
    },
});
function parseParentCommit(raw) {
    if (!raw)
        return undefined;
    if (!/^[0-9a-f]{40}$/.test(raw)) {
        throw new errors_1.InputError("parent_commit", `"${raw}" is not a full commit id. Use the 40-character sha of the commit.`);
    }
    return raw;
}
async function selectAndCheck(context, options, prefetch) {
    const selection = await (0, select_1.selectFiles)(options.selection, { onFiles: prefetch && ((files) => prefetch.add(files)) });
    prefetch?.end();
    context.reporter.info(`Selected ${selection.files.length} file(s), ${(0, progress_1.formatBytes)((0, file_1.totalSize)(selection.files))}`);
    if (selection.files.length === 0) {
        noFilesLeft(context, options, `${options.selection.paths.join(", ")} matched no file (after include/exclude and hidden-file rules)`);
    }
    else if (selection.unmatched.length > 0) {
        context.reporter.warning(`These path entries matched no file: ${selection.unmatched.join(", ")}`);
    }
    if (!options.allowLfsPointers) {
        const pointers = (0, lfs_pointers_1.findLfsPointers)(selection.files);
        if (pointers.length > 0) {
            const names = pointers
                .slice(0, 5)
                .map((file) => file.localPath)
                .join(", ");
            throw new errors_1.OptionError("selection", `${pointers.length} file(s) are git-lfs pointers, not content (${names}). Check out with actions/checkout's "lfs: true", or set allow_lfs_pointers: true to upload the pointers.`);
        }
    }
    return selection;
}
/** What if_no_files_found says when nothing is left to upload: fail, warn, or say so. */
function noFilesLeft(context, options, message) {
    if (options.ifNoFilesFound === "error") {
        throw new errors_1.OptionError("selection", `${message}. Check the path, or set if_no_files_found to warn or ignore.`);
    }
    if (options.ifNoFilesFound === "warn")
        context.reporter.warning(`Nothing uploaded: ${message}.`);
    else
        context.reporter.info(`Nothing uploaded: ${message}.`);
}
// The Python client sends the .gitignore an upload brings to the repo root, so the Hub applies it to the rest.
async function gitIgnoreOf(selection) {
    const file = selection.files.find((candidate) => candidate.pathInRepo === ".gitignore");
    return file ? (0, promises_1.readFile)(file.localPath, "utf8") : undefined;
}
async function prepareRevision(context, options) {
    if (!options.createBranch || (await (0, refs_1.revisionExists)(context.connection, options.repo, options.revision)))
        return;
    await (0, refs_1.createBranch)(context.connection, options.repo, options.revision);
    context.reporter.info(`Created branch ${options.revision} of ${(0, repo_ref_1.repoId)(options.repo)} from its default branch`);
}
/** Mirror mode: the remote files under the destination that match delete_patterns and this upload does not bring. */
async function findDeletions(connection, options, selection) {
    if (options.deletePatterns.length === 0)
        return [];
    const remote = await (0, files_1.listRepoFiles)(connection, options.repo, {
        revision: options.revision,
        folder: selection.destinationFolder,
        recursive: true,
    });
    const uploading = new Set(selection.files.map((file) => file.pathInRepo));
    return (0, plan_1.staleFiles)(remote, selection.destinationFolder, options.deletePatterns, uploading);
}
async function commitInBatches(context, options, extras, outcome) {
    const { reporter } = context;
    const batches = (0, split_1.splitIntoCommits)(outcome.selection.files, options.commitLimits);
    let prefetch = extras.prefetch;
    for (const [index, files] of batches.entries()) {
        const isLast = index === batches.length - 1;
        if (batches.length > 1)
            reporter.info(`Commit ${index + 1} of ${batches.length}: ${files.length} file(s)`);
        // The first commit opens the pull request; later ones add to its ref.
        const target = {
            repo: options.repo,
            revision: outcome.landedOn,
            createPr: options.createPr && !outcome.pullRequestUrl,
            gitIgnore: extras.gitIgnore,
        };
        const following = isLast || target.createPr || !leavesAnswersAlone(files) ? undefined : batches[index + 1];
        let upcoming;
        const landing = await commitBatch(context, options, target, {
            files,
            allIgnoredBefore: outcome.files.every((file) => file.outcome === "ignored"),
            deletions: isLast ? extras.deletions : [],
            parentCommit: index === 0 ? options.parentCommit : undefined,
            destinationFolder: outcome.selection.destinationFolder,
            prefetch,
            // While this commit is sent and applied, the next one's files are asked about.
            onCommitting: following && (() => (upcoming ??= prefetchAll(context.connection, target, following, options.commitLimits))),
        });
        upcoming?.landedSince({ basis: landing.basis, head: landing.commit?.sha ?? landing.basis });
        prefetch = upcoming;
        outcome.files.push(...landing.files);
        outcome.deleted.push(...landing.deleted);
        if (landing.commit) {
            outcome.commits.push({ sha: landing.commit.sha, url: landing.commit.url });
            reporter.info(`Committed ${landing.commit.url}`);
        }
        if (target.createPr && landing.commit?.pullRequestUrl) {
            outcome.pullRequestUrl = landing.commit.pullRequestUrl;
            outcome.landedOn = pullRequestRef(landing.commit.pullRequestUrl);
        }
    }
}
/** One commit, its phases logged in groups of their own. */
async function commitBatch(context, options, target, batch) {
    const progress = (0, progress_1.phaseLogger)(context.reporter);
    try {
        return await uploadBatch(context, options, target, batch, progress);
    }
    finally {
        progress.stop();
    }
}
/** One commit's pipeline: inspect -> plan -> transfer, then commit, planned again when the branch moves. */
function uploadBatch(context, options, target, batch, progress) {
    const { connection } = context;
    return (0, commit_1.landCommit)(connection, {
        target,
        parentCommit: batch.parentCommit,
        header: (plan) => ({
            summary: options.commitMessage ??
                (0, commit_message_1.defaultUploadSummary)({
                    uploaded: plan.files.filter((file) => file.outcome === "uploaded").map((file) => file.pathInRepo),
                    deleted: plan.deleted,
                }, options.source, batch.destinationFolder),
            description: options.commitDescription ?? (0, commit_message_1.defaultDescription)(options.source),
        }),
        prepare: async (replan) => {
            const deletions = replan ? await stillPresent(connection, target, batch.deletions) : batch.deletions;
            const total = batch.files.length;
            progress({ phase: "inspect", done: 0, total });
            // Hashing and sending overlap: each changed LFS file goes to storage as soon as its sha256 is known.
            const wire = { sent: 0, toSend: 0 };
            let hashed;
            let transferring = false;
            const transferred = () => {
                transferring = true;
                progress({ phase: "transfer", done: wire.sent, total: wire.toSend, hashed });
            };
            const transfer = new transfer_1.LfsTransfer(connection, target, {
                concurrency: options.concurrency,
                onSent: (sent, toSend) => {
                    Object.assign(wire, { sent, toSend });
                    transferred();
                },
            });
            let plan;
            try {
                // A new plan asks again: the branch moved since the prefetched answers.
                const prefetch = replan ? undefined : batch.prefetch;
                const inspections = (0, inspect_1.inspectFiles)(connection, target, batch.files, prefetch);
                // Once LFS bytes move, the log follows them rather than the answers.
                const answered = (done) => transferring || progress({ phase: "inspect", done, total });
                plan = await (0, plan_1.planCommit)(countingAnswers(inspections, answered), {
                    deletions,
                    concurrency: options.concurrency,
                    onHashed: (done, total) => {
                        hashed = { done, total };
                        transferred();
                    },
                    onLfsChanged: (file) => transfer.add(file),
                });
            }
            catch (error) {
                await transfer.abandon(error);
                throw error;
            }
            await transfer.finish();
            // A .gitignore that leaves nothing to upload is a selection that matched nothing: no deletions either.
            if (batch.allIgnoredBefore && plan.files.every((file) => file.outcome === "ignored")) {
                return { ...plan, deleted: [], operations: [] };
            }
            return plan;
        },
        onCommitting: (plan) => {
            progress({ phase: "commit", done: 0, total: 0, changes: plan.operations.length });
            batch.onCommitting?.();
        },
        onBodyProgress: (sent, bodyBytes) => progress({ phase: "commit", done: sent, total: bodyBytes }),
    });
}
/** Passes inspections on, telling how many files have been answered for so far. */
async function* countingAnswers(inspections, onAnswered) {
    let answered = 0;
    for await (const inspection of inspections) {
        answered += inspection.files.length;
        onAnswered(answered);
        yield inspection;
    }
}
// A new plan must not ask to delete what is already gone: the Hub refuses that commit with 404.
async function stillPresent(connection, target, wanted) {
    if (wanted.length === 0)
        return [];
    const present = new Set((await (0, files_1.remoteFiles)(connection, target.repo, target.revision, wanted)).map((file) => file.path));
    return wanted.filter((path) => present.has(path));
}
/** Preupload calls for every file of a later commit, sent now. */
function prefetchAll(connection, target, files, limits) {
    const prefetch = new inspect_1.PreuploadPrefetch(connection, target, limits);
    prefetch.add(files);
    prefetch.flush();
    return prefetch;
}
// A .gitattributes or .gitignore changes how the Hub answers for other paths: the next commit asks after it lands.
function leavesAnswersAlone(files) {
    return files.every((file) => !/(^|\/)\.git(attributes|ignore)$/.test(file.pathInRepo));
}
/** Where the first commit goes, as the preupload calls sent during selection ask about it. */
function firstTarget(options) {
    return { repo: options.repo, revision: options.revision, createPr: options.createPr };
}
// The Hub answers a pull request's URL; its commits live on refs/pr/<number>.
function pullRequestRef(pullRequestUrl) {
    const number = /\/discussions\/(\d+)/.exec(pullRequestUrl)?.[1];
    if (!number)
        throw new Error(`the Hub answered an unexpected pull request URL: ${pullRequestUrl}`);
    return `refs/pr/${number}`;
}


/***/ }),

/***/ 1973:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.landCommit = landCommit;
const commit_1 = __nccwpck_require__(8262);
const connection_1 = __nccwpck_require__(1871);
const file_content_1 = __nccwpck_require__(6813);
const files_1 = __nccwpck_require__(5004);
const refs_1 = __nccwpck_require__(25);
const retry_1 = __nccwpck_require__(4529);
const urls_1 = __nccwpck_require__(6137);
const commit_retries_1 = __nccwpck_require__(7734);
const digests_1 = __nccwpck_require__(2539);
/**
 * Lands one planned commit exactly once. The commit names the head it was planned against; when the
 * branch moved (412) or the answer was lost it plans again against the new head instead of re-sending
 * blindly: a plan with nothing left to do means the lost attempt landed, and a pull request opened by a
 * lost attempt is found rather than opened twice. A rate limit (429) is waited out and the same commit sent.
 */
async function landCommit(connection, stage) {
    const { repo, revision, createPr } = stage.target;
    const implicitParent = !createPr && !stage.parentCommit;
    let plan;
    let lostPlan;
    let prsBefore;
    // A parent the user named is never replaced by a newer head.
    const classify = (error) => (0, connection_1.isHubError)(error, 412) && !implicitParent ? { action: "fail" } : (0, commit_1.classifyCommitFailure)(error);
    return (0, retry_1.withRetries)(async ({ replan }) => {
        if (!plan || replan)
            plan = await stage.prepare(replan);
        if (plan.operations.length === 0) {
            // Nothing left to change after a lost answer: the earlier attempt landed, as the new head.
            if (lostPlan && plan.headCommit)
                return landedAs(connection, stage, lostPlan, plan.headCommit);
            return { files: plan.files, deleted: [], basis: plan.headCommit };
        }
        stage.onCommitting?.(plan);
        const header = stage.header(plan);
        prsBefore ??= createPr ? await (0, refs_1.listPullRequestRefs)(connection, repo) : undefined;
        if (lostPlan && prsBefore) {
            const opened = await findOpenedPullRequest(connection, stage.target, prsBefore, header.summary, lostPlan);
            if (opened)
                return { commit: opened, files: lostPlan.files, deleted: lostPlan.deleted };
        }
        const parentCommit = stage.parentCommit ?? (implicitParent ? plan.headCommit : undefined);
        try {
            const commit = await (0, commit_1.createCommit)(connection, repo, { revision, header: { ...header, parentCommit }, operations: plan.operations, createPr }, stage.onBodyProgress);
            return { commit, files: plan.files, deleted: plan.deleted, basis: plan.headCommit };
        }
        catch (error) {
            if ((0, commit_1.isLostAnswer)(error))
                lostPlan = plan;
            throw error;
        }
    }, (0, commit_retries_1.commitRetries)(connection, revision, classify));
}
function landedAs(connection, stage, plan, head) {
    const commit = { sha: head, url: (0, urls_1.commitWebUrl)(connection.endpoint, stage.target.repo, head) };
    return { commit, files: plan.files, deleted: plan.deleted, basis: plan.headCommit };
}
/**
 * After a lost answer to a pull-request commit: the pull request that appeared since `before`, whose head
 * commit carries our summary and holds what the lost plan committed, is the one that attempt opened.
 */
async function findOpenedPullRequest(connection, target, before, summary, plan) {
    const known = new Set(before.map((pr) => pr.number));
    for (const pr of await (0, refs_1.listPullRequestRefs)(connection, target.repo)) {
        if (known.has(pr.number))
            continue;
        const ref = `refs/pr/${pr.number}`;
        const head = await (0, refs_1.latestCommit)(connection, target.repo, ref);
        if (head?.id !== pr.head || head.title !== summary)
            continue;
        // Another run may have opened a pull request with the same title: its content tells them apart.
        if (!(await holdsPlan(connection, target.repo, ref, plan)))
            continue;
        const pullRequestUrl = `${(0, urls_1.repoWebUrl)(connection.endpoint, target.repo)}/discussions/${pr.number}`;
        return { sha: pr.head, url: (0, urls_1.commitWebUrl)(connection.endpoint, target.repo, pr.head), pullRequestUrl };
    }
    return undefined;
}
/** Whether `revision` holds each file the plan uploaded, with the same content, and none of the paths it deleted. */
async function holdsPlan(connection, repo, revision, plan) {
    const uploaded = plan.files.filter((file) => file.outcome === "uploaded");
    const paths = [...uploaded.map((file) => file.pathInRepo), ...plan.deleted];
    const remote = new Map((await (0, files_1.remoteFiles)(connection, repo, revision, paths)).map((file) => [file.path, file]));
    if (plan.deleted.some((path) => remote.has(path)))
        return false;
    const reader = new file_content_1.ContentReader();
    return uploaded.every((file) => {
        const found = remote.get(file.pathInRepo);
        if (!found)
            return false;
        if (file.storage === "lfs")
            return found.lfs?.oid === file.sha256;
        return !found.lfs && found.oid === (0, digests_1.gitBlobSha1)(reader.read(file.localPath, file.size));
    });
}


/***/ }),

/***/ 4257:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.nextTurn = void 0;
exports.createLimiter = createLimiter;
/** A bound on tasks in flight: each call waits for a free slot, runs, then hands the slot on. */
function createLimiter(limit) {
    let active = 0;
    const waiting = [];
    return async (task) => {
        if (active >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        else
            active++;
        try {
            return await task();
        }
        finally {
            const next = waiting.shift();
            if (next)
                next();
            else
                active--;
        }
    };
}
/** Lets the event loop turn once: requests already started get to go out before more synchronous work. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
exports.nextTurn = nextTurn;


/***/ }),

/***/ 2539:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sha256OfFile = sha256OfFile;
exports.gitBlobSha1 = gitBlobSha1;
exports.lfsPointer = lfsPointer;
exports.readSample = readSample;
const node_crypto_1 = __nccwpck_require__(7598);
const node_fs_1 = __nccwpck_require__(3024);
const promises_1 = __nccwpck_require__(1455);
const http_1 = __nccwpck_require__(4563);
const SAMPLE_BYTES = 512;
/**
 * sha256 of a file, read into two reused buffers: the next read runs while the current one is hashed, and
 * no buffer is left for the garbage collector (a new buffer per chunk cost more CPU than the reads).
 */
async function sha256OfFile(path, onBytes) {
    const hash = (0, node_crypto_1.createHash)("sha256");
    const buffers = [Buffer.allocUnsafe(http_1.READ_CHUNK_BYTES), Buffer.allocUnsafe(http_1.READ_CHUNK_BYTES)];
    const handle = await (0, promises_1.open)(path, "r");
    try {
        let position = 0;
        let current = 0;
        let reading = handle.read(buffers[current], 0, http_1.READ_CHUNK_BYTES, position);
        for (;;) {
            const { bytesRead } = await reading;
            if (bytesRead === 0)
                break;
            position += bytesRead;
            const filled = buffers[current];
            current ^= 1;
            reading = handle.read(buffers[current], 0, http_1.READ_CHUNK_BYTES, position);
            hash.update(filled.subarray(0, bytesRead));
            onBytes?.(bytesRead);
        }
    }
    finally {
        await handle.close();
    }
    return hash.digest("hex");
}
/** The git blob SHA-1 the Hub reports as a regular file's `oid`. */
function gitBlobSha1(content) {
    return (0, node_crypto_1.createHash)("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}
/** The pointer text git-lfs stores in place of a large file; the Hub's `oid` for an LFS file is its blob SHA-1. */
function lfsPointer(sha256, size) {
    return Buffer.from(`version https://git-lfs.github.com/spec/v1\noid sha256:${sha256}\nsize ${size}\n`);
}
/**
 * The first bytes of a file, which the Hub's preupload call uses to tell text from binary. Read synchronously:
 * for thousands of files the promise API's file handles cost more than the reads.
 */
function readSample(path) {
    const descriptor = (0, node_fs_1.openSync)(path, "r");
    try {
        // Small unsafe buffers come from Node's shared pool: no allocation of its own for each file.
        const buffer = Buffer.allocUnsafe(SAMPLE_BYTES);
        return buffer.subarray(0, (0, node_fs_1.readSync)(descriptor, buffer, 0, SAMPLE_BYTES, 0));
    }
    finally {
        (0, node_fs_1.closeSync)(descriptor);
    }
}


/***/ }),

/***/ 2610:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.totalSize = void 0;
const totalSize = (files) => files.reduce((sum, file) => sum + file.size, 0);
exports.totalSize = totalSize;


/***/ }),

/***/ 1190:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PreuploadPrefetch = void 0;
exports.inspectFiles = inspectFiles;
exports.checkModelCard = checkModelCard;
const promises_1 = __nccwpck_require__(1455);
const connection_1 = __nccwpck_require__(1871);
const preupload_1 = __nccwpck_require__(8503);
const repos_1 = __nccwpck_require__(470);
const errors_1 = __nccwpck_require__(5939);
const concurrency_1 = __nccwpck_require__(4257);
const digests_1 = __nccwpck_require__(2539);
const split_1 = __nccwpck_require__(562);
// The Hub takes up to 1000 files per call; the Python client sends 256, and so do we.
const PREUPLOAD_BATCH = 256;
// Preupload calls in flight at once: their round trips overlap, and answers are still handed on in order.
const PREUPLOADS_IN_FLIGHT = 4;
/**
 * Asks the Hub, a batch at a time, how it stores each file and what each path holds now; several batches
 * are in flight at once, and each is yielded, in order, as its answer arrives. A batch the prefetch already
 * asked about, for the same target, is not asked again.
 */
async function* inspectFiles(connection, target, files, prefetch) {
    const batches = [];
    for (let start = 0; start < files.length; start += PREUPLOAD_BATCH) {
        batches.push(files.slice(start, start + PREUPLOAD_BATCH));
    }
    const answers = [];
    let launched = 0;
    for (let index = 0; index < batches.length; index++) {
        while (launched < Math.min(index + PREUPLOADS_IN_FLIGHT, batches.length)) {
            const batch = batches[launched++];
            const prefetched = prefetch?.take(batch, target);
            answers.push(prefetched ?? askHub(connection, target, batch));
            // Each request leaves before the next batch's samples are read, so the Hub starts on it at once.
            if (!prefetched && launched < batches.length)
                await (0, concurrency_1.nextTurn)();
        }
        yield applyAnswer(batches[index], await answers[index]);
    }
}
// A root .gitignore changes the answers (they were asked without it); a root README.md is the card, checked
// with the Hub before anything more is sent.
const STOPS_PREFETCH = new Set([".gitignore", "README.md"]);
/**
 * Preupload calls sent ahead of the commit that needs them, as many in flight as `inspectFiles` keeps: the
 * first commit's while the selection is still being listed, a later commit's while the one before it is sent.
 * Nothing more is sent once the files bring a root `.gitignore` or `README.md`; an answer is used only for
 * exactly the batch, and the target, it was asked for.
 */
class PreuploadPrefetch {
    connection;
    target;
    limits;
    sent = [];
    waiting = [];
    pending = [];
    inFlight = 0;
    open = true;
    held = { files: 0, bytes: 0 };
    landed;
    constructor(connection, target, 
    /** The commit ends where these say (see splitIntoCommits); files past it are left to later. */
    limits) {
        this.connection = connection;
        this.target = target;
        this.limits = limits;
    }
    /** Takes the next selected files, in selection order; each full batch goes out as soon as a call is free. */
    add(files) {
        for (const file of files) {
            if (!this.open)
                return;
            if (STOPS_PREFETCH.has(file.pathInRepo) || !this.fitsOneCommit(file))
                return this.close();
            this.pending.push(file);
            if (this.pending.length === PREUPLOAD_BATCH)
                this.queue();
        }
    }
    /**
     * The selection is complete. From now on only what inspectFiles takes is sent, its last files short of a batch
     * included, so a run that fails its checks after listing asks nothing more.
     */
    end() {
        if (this.open && this.pending.length > 0)
            this.waiting.push(this.pending);
        this.pending = [];
        this.open = false;
    }
    /** Sends what was added so far, its last files short of a batch included, and keeps sending as calls free up. */
    flush() {
        if (this.open && this.pending.length > 0)
            this.queue();
    }
    /**
     * The commit before the one these files are for has landed since they were asked about. An answer that saw
     * that commit's basis or the commit itself holds for the head it left (the commit changed other paths only);
     * one that saw any other head means someone else moved the branch, and its batch is asked again.
     */
    landedSince(commit) {
        this.landed = commit;
    }
    /** The answer asked (or about to be asked) for this very batch against this target, handed out once. */
    take(batch, target) {
        const { repo, revision, createPr, gitIgnore } = this.target;
        if (target.repo !== repo || target.revision !== revision || target.createPr !== createPr)
            return undefined;
        if (target.gitIgnore !== gitIgnore)
            return undefined;
        const sent = this.sent.findIndex((entry) => sameFiles(entry.batch, batch));
        if (sent !== -1)
            return this.sinceLanded(batch, this.sent.splice(sent, 1)[0].answer);
        const waiting = this.waiting.findIndex((entry) => sameFiles(entry, batch));
        if (waiting === -1)
            return undefined;
        this.waiting.splice(waiting, 1);
        return askHub(this.connection, this.target, batch);
    }
    sinceLanded(batch, answer) {
        const landed = this.landed;
        if (!landed)
            return answer;
        const current = answer.then((given) => given.headCommit === landed.basis || given.headCommit === landed.head
            ? { ...given, headCommit: landed.head }
            : askHub(this.connection, this.target, batch));
        current.catch(() => undefined);
        return current;
    }
    fitsOneCommit(file) {
        if ((0, split_1.startsNewCommit)(this.held, file, this.limits))
            return false;
        this.held.files += 1;
        this.held.bytes += file.size;
        return true;
    }
    close() {
        this.open = false;
        this.pending = [];
        this.waiting.length = 0;
    }
    queue() {
        this.waiting.push(this.pending);
        this.pending = [];
        this.send();
    }
    send() {
        while (this.inFlight < PREUPLOADS_IN_FLIGHT && this.waiting.length > 0) {
            const batch = this.waiting.shift();
            const answer = askHub(this.connection, this.target, batch);
            this.inFlight += 1;
            const settled = () => {
                this.inFlight -= 1;
                if (this.open)
                    this.send();
            };
            answer.then(settled, settled);
            this.sent.push({ batch, answer });
        }
    }
}
exports.PreuploadPrefetch = PreuploadPrefetch;
function sameFiles(a, b) {
    return a.length === b.length && a.every((file, index) => file === b[index]);
}
/**
 * Sends one preupload call. Any failure, reading a sample included, comes out where the answer is awaited
 * and is never left unhandled: a prefetched answer may never be awaited at all.
 */
function askHub(connection, target, batch) {
    let answer;
    try {
        const files = batch.map((file) => ({ path: file.pathInRepo, size: file.size, sample: (0, digests_1.readSample)(file.localPath) }));
        answer = (0, preupload_1.preupload)(connection, target.repo, target, files);
    }
    catch (error) {
        answer = Promise.reject(error);
    }
    answer.catch(() => undefined);
    return answer;
}
// The answer is applied only when it is used: a prefetched one that is not used changes no file.
function applyAnswer(batch, answer) {
    const verdicts = new Map(answer.verdicts.map((verdict) => [verdict.path, verdict]));
    for (const file of batch) {
        const verdict = verdicts.get(file.pathInRepo);
        // Storage refuses an empty LFS object (501): empty files always go regular, as the official clients send them.
        file.storage = verdict?.uploadMode === "lfs" && file.size > 0 ? "lfs" : "regular";
        file.remoteOid = verdict?.oid;
        file.ignored = verdict?.shouldIgnore === true;
    }
    return { files: batch, headCommit: answer.headCommit };
}
/**
 * A root README.md is the repo's card: its YAML front matter is checked with the Hub before any byte moves,
 * since the Hub would refuse the commit only after every LFS byte was sent.
 */
async function checkModelCard(connection, repo, files) {
    const card = files.find((file) => file.pathInRepo === "README.md");
    if (!card)
        return;
    try {
        await (0, repos_1.validateCard)(connection, repo, await (0, promises_1.readFile)(card.localPath, "utf8"));
    }
    catch (error) {
        if (!(0, connection_1.isHubError)(error, 400))
            throw error;
        throw new errors_1.OptionError("selection", `${card.localPath} goes to README.md, and the Hub refuses its YAML front matter: ${error.serverMessage}. Fix the card's metadata; nothing was uploaded.`);
    }
}


/***/ }),

/***/ 6688:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findLfsPointers = findLfsPointers;
const digests_1 = __nccwpck_require__(2539);
const POINTER_PREFIX = "version https://git-lfs.github.com/spec/";
// Real pointers are about 130 bytes; the spec caps them at 1024.
const MAX_POINTER_SIZE = 1024;
/** Selected files that are git-lfs pointers, i.e. the checkout did not fetch the real content. */
function findLfsPointers(files) {
    return files.filter((file) => file.size > 0 &&
        file.size <= MAX_POINTER_SIZE &&
        (0, digests_1.readSample)(file.localPath).subarray(0, POINTER_PREFIX.length).toString("utf8") === POINTER_PREFIX);
}


/***/ }),

/***/ 1568:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RUNNER_PATHS = void 0;
exports.globSyntax = globSyntax;
exports.isInside = isInside;
exports.slashRelative = slashRelative;
const node_path_1 = __importDefault(__nccwpck_require__(6760));
exports.RUNNER_PATHS = node_path_1.default;
/** A `path` entry as glob syntax: on Windows a backslash separates folders; elsewhere it escapes. */
function globSyntax(flavour, entry) {
    return flavour.sep === "\\" ? entry.replace(/\\/g, "/") : entry;
}
/** Whether `target` is `root` or below it (never true across drives). */
function isInside(flavour, root, target) {
    const relative = flavour.relative(root, target);
    const up = relative === ".." || relative.startsWith(`..${flavour.sep}`);
    return !up && !flavour.isAbsolute(relative);
}
/** `target` relative to `base`, with `/` between folders, as the repo and include/exclude globs name it. */
function slashRelative(flavour, base, target) {
    return flavour.relative(base, target).split(flavour.sep).join("/");
}


/***/ }),

/***/ 4659:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.staleFiles = staleFiles;
exports.planCommit = planCommit;
const node_os_1 = __nccwpck_require__(8161);
const picomatch_1 = __importDefault(__nccwpck_require__(4006));
const file_content_1 = __nccwpck_require__(6813);
const concurrency_1 = __nccwpck_require__(4257);
const digests_1 = __nccwpck_require__(2539);
/**
 * Remote files under `folder` that match `patterns` (relative to that folder) and that this upload
 * does not bring: the stale files mirror mode deletes. `.gitattributes` is never among them.
 */
function staleFiles(remote, folder, patterns, uploading) {
    if (patterns.length === 0)
        return [];
    const matches = (0, picomatch_1.default)(patterns, { dot: true });
    const prefix = folder ? `${folder}/` : "";
    return remote
        .map((file) => file.path)
        .filter((path) => path.startsWith(prefix) && !uploading.has(path) && !isGitAttributes(path))
        .filter((path) => matches(path.slice(prefix.length)))
        .sort();
}
// Deleting it would change which files the Hub stores in LFS.
function isGitAttributes(path) {
    return path === ".gitattributes" || path.endsWith("/.gitattributes");
}
/**
 * Decides what the commit holds: files that differ from what the revision has, and the deletions. LFS files
 * are hashed as their preupload answers arrive, and each changed one is handed on at once.
 */
async function planCommit(inspections, options) {
    const inspected = [];
    const hashing = [];
    const hasher = new LfsHasher(options);
    let headCommit;
    try {
        for await (const inspection of inspections) {
            inspected.push(...inspection.files);
            headCommit ??= inspection.headCommit;
            for (const file of inspection.files) {
                if (file.storage === "lfs" && !file.ignored)
                    hashing.push(hasher.check(file));
            }
        }
    }
    finally {
        // Even when an inspection fails, no hash may outlive the plan (its failure would go unhandled).
        await Promise.allSettled(hashing);
    }
    await Promise.all(hashing);
    const unchanged = new Set();
    const regularWithRemote = inspected.filter((file) => file.storage === "regular" && !file.ignored && file.remoteOid);
    const reader = new file_content_1.ContentReader();
    for (const file of regularWithRemote) {
        if ((0, digests_1.gitBlobSha1)(reader.read(file.localPath, file.size)) === file.remoteOid)
            unchanged.add(file.pathInRepo);
    }
    // Object.assign, not a spread: a spread that has seen files of several shapes gives every copy a hidden class
    // of its own in V8 (measured: 16 MB more heap for 60,000 files).
    const files = inspected.map((file) => Object.assign({}, file, {
        outcome: file.ignored
            ? "ignored"
            : unchanged.has(file.pathInRepo) || matchesRemoteLfs(file)
                ? "unchanged"
                : "uploaded",
    }));
    const operations = [
        ...files.filter((file) => file.outcome === "uploaded").map(toCommitOperation),
        ...options.deletions.map((pathInRepo) => ({ kind: "deleteFile", pathInRepo })),
    ];
    return { files, deleted: options.deletions, operations, headCommit };
}
/** Hashes LFS files a few at a time; the sha256 is learned once and kept on the file for any later plan. */
class LfsHasher {
    options;
    limit;
    bytesHashed = 0;
    bytesToHash = 0;
    constructor(options) {
        this.options = options;
        this.limit = (0, concurrency_1.createLimiter)(Math.max(1, Math.min(options.concurrency, (0, node_os_1.availableParallelism)())));
    }
    async check(file) {
        if (!file.sha256) {
            this.bytesToHash += file.size;
            file.sha256 = await this.limit(() => (0, digests_1.sha256OfFile)(file.localPath, (bytes) => this.options.onHashed?.((this.bytesHashed += bytes), this.bytesToHash)));
        }
        if (!matchesRemoteLfs(file))
            this.options.onLfsChanged?.(file);
    }
}
// The Hub answers an LFS file's sha256 (what the Python client compares); a pointer's blob SHA-1 is accepted too.
function matchesRemoteLfs(file) {
    if (file.storage !== "lfs" || !file.remoteOid || !file.sha256)
        return false;
    return file.remoteOid === file.sha256 || file.remoteOid === (0, digests_1.gitBlobSha1)((0, digests_1.lfsPointer)(file.sha256, file.size));
}
function toCommitOperation(file) {
    return file.storage === "lfs"
        ? { kind: "lfsFile", pathInRepo: file.pathInRepo, sha256: file.sha256, size: file.size }
        : { kind: "regularFile", pathInRepo: file.pathInRepo, localPath: file.localPath, size: file.size };
}


/***/ }),

/***/ 375:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.phaseLogger = phaseLogger;
exports.progressLogger = progressLogger;
exports.formatProgress = formatProgress;
exports.formatBytes = formatBytes;
const DEFAULT_INTERVAL_MS = 10_000;
const PHASE_TITLES = {
    inspect: (progress) => `Inspect ${progress.total} file(s) (preupload)`,
    transfer: () => "Hash and upload LFS files",
    commit: (progress) => `Commit ${progress.changes ?? 0} change(s)`,
};
/**
 * Opens a log group per upload phase and logs its progress inside at least every 10 s while the phase lasts,
 * also when nothing moved since the last line (a stalled upload says so).
 */
function phaseLogger(reporter, intervalMs = DEFAULT_INTERVAL_MS) {
    const progressLine = progressLogger((line) => reporter.info(line), intervalMs);
    let phase;
    let heartbeat;
    const stop = () => {
        clearInterval(heartbeat);
        heartbeat = undefined;
        if (phase)
            reporter.endGroup();
        phase = undefined;
    };
    const logger = (progress) => {
        if (progress.phase !== phase) {
            stop();
            phase = progress.phase;
            reporter.startGroup(PHASE_TITLES[progress.phase](progress));
            // A timer of its own: the job must not wait for it to end.
            heartbeat = setInterval(() => progressLine.tick(), intervalMs).unref();
        }
        progressLine.update(progress);
    };
    return Object.assign(logger, { stop });
}
/** Turns progress events into a log line at most, and while a phase lasts at least, every interval. */
function progressLogger(log, intervalMs = DEFAULT_INTERVAL_MS, now = Date.now) {
    let latest;
    let phaseStart = 0;
    let lastLine = 0;
    const tick = () => {
        const time = now();
        if (!latest || time - lastLine < intervalMs)
            return;
        lastLine = time;
        log(formatProgress(latest, (time - phaseStart) / 1000));
    };
    return {
        update: (progress) => {
            if (progress.phase !== latest?.phase)
                phaseStart = lastLine = now();
            latest = progress;
            tick();
        },
        tick,
    };
}
function formatProgress(progress, elapsedSeconds) {
    const rate = elapsedSeconds > 0 ? progress.done / elapsedSeconds : 0;
    const remaining = Math.max(0, progress.total - progress.done);
    const eta = rate > 0 ? `${Math.ceil(remaining / rate)} s left` : "ETA unknown";
    switch (progress.phase) {
        case "inspect":
            return `inspect: ${progress.done} / ${progress.total} file(s) answered, ${eta}`;
        case "commit":
            if (progress.total > 0 && progress.done >= progress.total) {
                return `commit: ${formatBytes(progress.total)} sent in ${Math.round(elapsedSeconds)} s, waiting for the Hub to apply it`;
            }
            break;
        case "transfer":
            break;
    }
    const hashed = progress.hashed
        ? ` (hashed ${formatBytes(progress.hashed.done)} / ${formatBytes(progress.hashed.total)})`
        : "";
    return `${progress.phase}: ${formatBytes(progress.done)} / ${formatBytes(progress.total)} at ${formatBytes(rate)}/s, ${eta}${hashed}`;
}
function formatBytes(bytes) {
    const units = ["B", "KiB", "MiB", "GiB", "TiB"];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 8410:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UPLOAD_OUTPUTS = void 0;
exports.uploadReport = uploadReport;
const repo_ref_1 = __nccwpck_require__(7775);
const urls_1 = __nccwpck_require__(6137);
const progress_1 = __nccwpck_require__(375);
exports.UPLOAD_OUTPUTS = [
    "url",
    "commit_url",
    "commit_sha",
    "pr_url",
    "uploaded",
    "unchanged",
    "deleted",
    "skipped",
    "ignored",
];
// The job summary is capped at 1 MiB; a few hundred rows say enough.
const MAX_TABLE_ROWS = 500;
/** Outputs and job summary of an upload, from what it did. */
function uploadReport(endpoint, target, outcome) {
    const { repo } = target;
    const { selection } = outcome;
    const uploaded = outcome.files.filter((file) => file.outcome === "uploaded").map((file) => file.pathInRepo);
    const unchanged = outcome.files.filter((file) => file.outcome === "unchanged").map((file) => file.pathInRepo);
    const ignored = outcome.files.filter((file) => file.outcome === "ignored").map((file) => file.pathInRepo);
    const lastCommit = outcome.commits.at(-1);
    const url = selection.singleFile
        ? (0, urls_1.fileWebUrl)(endpoint, repo, outcome.landedOn, selection.files[0].pathInRepo)
        : (0, urls_1.treeWebUrl)(endpoint, repo, outcome.landedOn, selection.destinationFolder);
    const skipped = outcome.commits.length === 0;
    const headline = skipped
        ? `Nothing changed in ${(0, repo_ref_1.repoId)(repo)}@${target.revision}: no commit made (${unchanged.length} file(s) unchanged)`
        : `${(0, repo_ref_1.repoId)(repo)}@${outcome.landedOn}: ${uploaded.length} uploaded, ${unchanged.length} unchanged, ${outcome.deleted.length} deleted in ${outcome.commits.length} commit(s)`;
    const ignoredNote = ignored.length > 0 ? `; ${ignored.length} file(s) left out by .gitignore` : "";
    const links = [{ label: "Repository", url: (0, urls_1.repoWebUrl)(endpoint, repo) }];
    if (!skipped)
        links.push({ label: selection.singleFile ? "File" : "Folder", url });
    for (const commit of outcome.commits)
        links.push({ label: "Commit", url: commit.url });
    if (outcome.pullRequestUrl)
        links.push({ label: "Pull request", url: outcome.pullRequestUrl });
    return {
        outputs: {
            url,
            commit_url: lastCommit?.url ?? "",
            commit_sha: lastCommit?.sha ?? "",
            pr_url: outcome.pullRequestUrl ?? "",
            uploaded: JSON.stringify(uploaded),
            unchanged: JSON.stringify(unchanged),
            deleted: JSON.stringify(outcome.deleted),
            skipped: String(skipped),
            ignored: JSON.stringify(ignored),
        },
        headline: headline + ignoredNote,
        links,
        table: fileTable(outcome),
    };
}
function fileTable(outcome) {
    const count = outcome.files.length + outcome.deleted.length;
    if (count === 0)
        return undefined;
    // Only the rows shown are built: an upload of many thousand files pays for a few hundred.
    const files = outcome.files.slice(0, MAX_TABLE_ROWS);
    const rows = [
        ...files.map((file) => [
            file.pathInRepo,
            (0, progress_1.formatBytes)(file.size),
            file.storage === "lfs" ? "LFS" : "regular",
            file.outcome ?? "",
        ]),
        ...outcome.deleted.slice(0, MAX_TABLE_ROWS - files.length).map((path) => [path, "", "", "deleted"]),
    ];
    if (count > rows.length)
        rows.push([`... and ${count - rows.length} more`, "", "", ""]);
    return { header: ["File", "Size", "Storage", "Result"], rows };
}


/***/ }),

/***/ 5916:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.selectFiles = selectFiles;
const node_fs_1 = __nccwpck_require__(3024);
const promises_1 = __nccwpck_require__(1455);
const picomatch_1 = __importDefault(__nccwpck_require__(4006));
const tinyglobby_1 = __nccwpck_require__(7949);
const path_in_repo_1 = __nccwpck_require__(9151);
const errors_1 = __nccwpck_require__(5939);
const concurrency_1 = __nccwpck_require__(4257);
const local_paths_1 = __nccwpck_require__(1568);
const selectionError = (message) => new errors_1.OptionError("selection", message);
// Files handed to onFiles at a time; between chunks, requests already started get to go out.
const CHUNK_FILES = 256;
/** Resolves `path` entries into the files to upload and where each goes in the repo. */
async function selectFiles(options, hooks = {}) {
    const walker = new Walker(await (0, promises_1.realpath)(options.workspace), options.includeHidden, hooks.paths ?? local_paths_1.RUNNER_PATHS);
    const included = options.include.length > 0 ? (0, picomatch_1.default)(options.include, { dot: true }) : () => true;
    const excluded = options.exclude.length > 0 ? (0, picomatch_1.default)(options.exclude, { dot: true }) : () => false;
    const destinations = new Map();
    const unmatched = [];
    const files = [];
    let chunk = [];
    let singleFile = false;
    for (const entry of options.paths) {
        const expanded = await walker.expand(entry);
        singleFile = options.paths.length === 1 && expanded.isPlainFile;
        let matched = false;
        for (const found of expanded.found) {
            matched = true;
            if (!included(found.relative) || excluded(found.relative))
                continue;
            const pathInRepo = destination(options.pathInRepo, found.relative, singleFile);
            if (!isNewDestination(destinations, pathInRepo, found.localPath))
                continue;
            const file = { localPath: found.localPath, size: found.size, pathInRepo };
            files.push(file);
            chunk.push(file);
            if (hooks.onFiles && chunk.length === CHUNK_FILES) {
                hooks.onFiles(chunk);
                chunk = [];
                await (0, concurrency_1.nextTurn)();
            }
        }
        if (!matched)
            unmatched.push(entry);
    }
    if (hooks.onFiles && chunk.length > 0)
        hooks.onFiles(chunk);
    const destinationFolder = singleFile ? parentFolder(files[0]?.pathInRepo ?? "") : options.pathInRepo;
    return { files, unmatched, destinationFolder, singleFile };
}
function parentFolder(pathInRepo) {
    const index = pathInRepo.lastIndexOf("/");
    return index === -1 ? "" : pathInRepo.slice(0, index);
}
function destination(pathInRepo, relative, singleFile) {
    if (singleFile && pathInRepo)
        return pathInRepo;
    const joined = pathInRepo ? `${pathInRepo}/${relative}` : relative;
    try {
        return (0, path_in_repo_1.normalizePathInRepo)(joined);
    }
    catch (error) {
        throw selectionError(`the file ${relative} cannot go to the Hub: ${error.message}.`);
    }
}
/**
 * Whether a file is the first bound for its place: the same file selected twice goes once; two different
 * files bound for one place are refused.
 */
function isNewDestination(destinations, pathInRepo, localPath) {
    const other = destinations.get(pathInRepo);
    if (other === localPath)
        return false;
    if (other) {
        throw selectionError(`${other} and ${localPath} would both be uploaded to ${pathInRepo}. Select only one of them.`);
    }
    destinations.set(pathInRepo, localPath);
    return true;
}
/** Walks the workspace for `path` entries; symlinks are followed only while they stay inside it. */
class Walker {
    workspace;
    includeHidden;
    paths;
    constructor(workspace, includeHidden, paths) {
        this.workspace = workspace;
        this.includeHidden = includeHidden;
        this.paths = paths;
    }
    /** The files an entry names, found as they are iterated; `isPlainFile` when it names one plain file. */
    async expand(entry) {
        const pattern = (0, local_paths_1.globSyntax)(this.paths, entry);
        const scan = picomatch_1.default.scan(pattern);
        if (scan.isGlob)
            return { found: await this.expandGlob(entry, pattern, scan.base), isPlainFile: false };
        const absolute = this.paths.resolve(this.workspace, entry);
        if (!(await (0, promises_1.lstat)(absolute).catch(() => undefined)))
            return { found: [], isPlainFile: false };
        const real = this.insideWorkspace(absolute, entry);
        const info = await (0, promises_1.stat)(real);
        if (info.isDirectory())
            return { found: this.walk(absolute, absolute), isPlainFile: false };
        return {
            found: [{ localPath: real, relative: this.paths.basename(absolute), size: info.size }],
            isPlainFile: true,
        };
    }
    async expandGlob(entry, pattern, scanBase) {
        const base = this.paths.resolve(this.workspace, scanBase || ".");
        if (!(0, local_paths_1.isInside)(this.paths, this.workspace, base)) {
            throw selectionError(`${entry} reaches outside the workspace. Only files inside the workspace are uploaded.`);
        }
        const matches = await (0, tinyglobby_1.glob)(pattern, {
            cwd: this.workspace,
            absolute: true,
            dot: this.includeHidden,
            onlyFiles: false,
            followSymbolicLinks: false,
            expandDirectories: false,
        });
        return this.walkMatches(matches.sort(), base);
    }
    // Two matches can reach one file (a folder and a file inside it): it is found once.
    *walkMatches(matches, base) {
        const seen = new Set();
        for (const match of matches) {
            for (const found of this.walk(match, base)) {
                if (!seen.has(found.relative))
                    yield found;
                seen.add(found.relative);
            }
        }
    }
    /**
     * Files at or below `target`, named relative to `base`, in name order. Synchronous: for thousands of files
     * the promise API costs more than the readdir and stat calls themselves.
     */
    *walk(target, base) {
        const relative = (0, local_paths_1.slashRelative)(this.paths, base, target);
        if (relative && this.isLeftOut(this.paths.basename(target)))
            return;
        yield* this.walkFrom(target, relative, new Set());
    }
    isLeftOut(name) {
        return name === ".git" || (!this.includeHidden && name.startsWith("."));
    }
    /**
     * `real` is the target's real path when it was reached without a symlink (a real folder's child is that
     * folder's real path plus its name); only symlinks are resolved and checked against the workspace.
     */
    *walkFrom(target, relative, visited, real) {
        const resolved = real ?? this.insideWorkspace(target, relative || target);
        const info = (0, node_fs_1.statSync)(resolved);
        if (info.isFile()) {
            yield { localPath: resolved, relative: relative || this.paths.basename(target), size: info.size };
            return;
        }
        // When two paths lead to one folder, the first in name order is the one that names its files.
        if (!info.isDirectory() || visited.has(resolved))
            return;
        visited.add(resolved);
        const children = (0, node_fs_1.readdirSync)(target, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const child of children) {
            if (this.isLeftOut(child.name))
                continue;
            const childRelative = relative ? `${relative}/${child.name}` : child.name;
            const childReal = child.isSymbolicLink() ? undefined : this.childPath(resolved, child.name);
            if (childReal && child.isFile()) {
                // Most entries are plain files: taken here, without a nested walk each.
                yield { localPath: childReal, relative: childRelative, size: (0, node_fs_1.statSync)(childReal).size };
            }
            else {
                yield* this.walkFrom(this.childPath(target, child.name), childRelative, visited, childReal);
            }
        }
    }
    // A name from readdir holds no separator: joining needs no normalising.
    childPath(folder, name) {
        return folder.endsWith(this.paths.sep) ? folder + name : folder + this.paths.sep + name;
    }
    insideWorkspace(target, shown) {
        let real;
        try {
            real = (0, node_fs_1.realpathSync)(target);
        }
        catch {
            throw selectionError(`${shown} is a broken symlink or cannot be read.`);
        }
        if (!(0, local_paths_1.isInside)(this.paths, this.workspace, real)) {
            throw selectionError(`${shown} resolves to ${real}, outside the workspace ${this.workspace}. Only files inside the workspace are uploaded.`);
        }
        return real;
    }
}


/***/ }),

/***/ 562:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_COMMIT_LIMITS = void 0;
exports.startsNewCommit = startsNewCommit;
exports.splitIntoCommits = splitIntoCommits;
exports.DEFAULT_COMMIT_LIMITS = { maxFiles: 5_000, maxBytes: 50 * 1024 ** 3 };
/** Whether `file` must open a new commit after one that holds `files` files of `bytes` bytes (a single file always fits). */
function startsNewCommit(held, file, limits) {
    return held.files > 0 && (held.files >= limits.maxFiles || held.bytes + file.size > limits.maxBytes);
}
/** Splits files into consecutive batches that each stay within the limits. */
function splitIntoCommits(files, limits) {
    const batches = [];
    let current = [];
    let bytes = 0;
    for (const file of files) {
        if (startsNewCommit({ files: current.length, bytes }, file, limits)) {
            batches.push(current);
            current = [];
            bytes = 0;
        }
        current.push(file);
        bytes += file.size;
    }
    if (current.length > 0 || batches.length === 0)
        batches.push(current);
    return batches;
}


/***/ }),

/***/ 6711:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LfsTransfer = void 0;
const lfs_1 = __nccwpck_require__(9468);
const concurrency_1 = __nccwpck_require__(4257);
// The Hub accepts large batches, but smaller ones keep each answer's presigned URLs fresh.
const LFS_BATCH_SIZE = 100;
/**
 * Sends LFS files as they become ready: each file handed over (its sha256 known) joins the next LFS batch
 * call, and its bytes go to storage while later files are still being hashed. Files storage already holds
 * are skipped. `finish` waits for every byte, and fails with the first error.
 */
class LfsTransfer {
    connection;
    target;
    options;
    waiting = [];
    sending = [];
    batching = Promise.resolve();
    limit;
    bytesSent = 0;
    /** Bytes of the files handed over that storage may not hold yet; shrinks when storage already has one. */
    bytesToSend = 0;
    failure;
    constructor(connection, target, options) {
        this.connection = connection;
        this.target = target;
        this.options = options;
        this.limit = (0, concurrency_1.createLimiter)(options.concurrency);
    }
    /** A file whose bytes storage may not hold yet; its sha256 is known. */
    add(file) {
        this.waiting.push(file);
        this.bytesToSend += file.size;
        // One batch call at a time: files that arrive meanwhile go together in the next one.
        this.batching = this.batching.then(() => this.sendWaiting()).catch((error) => this.fail(error));
    }
    async finish() {
        await this.batching;
        await Promise.allSettled(this.sending);
        if (this.failure)
            throw this.failure;
    }
    /** Stops sending (a later stage failed) and waits until nothing is in flight. */
    async abandon(reason) {
        this.fail(reason);
        await this.finish().catch(() => undefined);
    }
    fail(error) {
        this.failure ??= error;
    }
    async sendWaiting() {
        if (this.failure)
            return;
        const files = this.waiting.splice(0, LFS_BATCH_SIZE);
        if (files.length === 0)
            return;
        const objects = files.map((file) => ({ oid: file.sha256, size: file.size }));
        // A pull request's branch does not exist yet: the batch call names no ref then.
        const answers = await (0, lfs_1.lfsBatch)(this.connection, this.target.repo, objects, this.target.createPr ? undefined : this.target.revision);
        const refused = answers.find((answer) => answer.error);
        if (refused?.error) {
            throw new Error(`the Hub refused LFS object ${refused.oid}: ${refused.error.message} (${refused.error.code})`);
        }
        const fileByOid = new Map(files.map((file) => [file.sha256, file]));
        for (const answer of answers) {
            const file = fileByOid.get(answer.oid);
            if (!answer.actions?.upload) {
                this.bytesToSend -= file.size;
                continue;
            }
            checkParts(answer, file);
            this.sending.push(this.sendObject(answer, file).catch((error) => this.fail(error)));
        }
    }
    /** Sends one object's bytes as the batch answer asks: a single PUT, or parts plus a completion call. */
    async sendObject(answer, file) {
        const upload = answer.actions.upload;
        const parts = (0, lfs_1.multipartParts)(upload);
        if (parts) {
            await this.sendParts(answer, upload, file, parts);
        }
        else {
            const whole = { path: file.localPath, start: 0, length: answer.size };
            await this.put(upload.href, whole, upload.header ?? {});
        }
        const verify = answer.actions?.verify;
        if (verify)
            await (0, lfs_1.verifyLfsObject)(this.connection, verify, { oid: answer.oid, size: answer.size });
    }
    async sendParts(answer, upload, file, parts) {
        const etags = await Promise.all(parts.urls.map(async (url, index) => {
            const start = index * parts.chunkSize;
            const slice = {
                path: file.localPath,
                start,
                length: Math.max(0, Math.min(parts.chunkSize, answer.size - start)),
            };
            const etag = (await this.put(url, slice, {})).header("etag");
            if (!etag)
                throw new Error(`storage returned no ETag for part ${parts.numbers[index]} of ${answer.oid}`);
            return etag;
        }));
        await (0, lfs_1.completeMultipart)(this.connection, upload, answer.oid, parts.numbers.map((partNumber, index) => ({ partNumber, etag: etags[index] })));
    }
    // Every PUT of the upload shares one bound, so objects and their parts together stay within `concurrency`.
    put(url, slice, headers) {
        return this.limit(() => {
            if (this.failure)
                throw this.failure;
            return (0, lfs_1.putToStorage)(this.connection, url, slice, {
                headers,
                onBytes: (bytes) => this.options.onSent?.((this.bytesSent += bytes), this.bytesToSend),
            });
        });
    }
}
exports.LfsTransfer = LfsTransfer;
/** Refuses, before any byte of it is sent, a multipart answer whose part URLs cannot cover the file exactly. */
function checkParts(answer, file) {
    const parts = (0, lfs_1.multipartParts)(answer.actions.upload);
    if (!parts)
        return;
    const needed = Math.ceil(answer.size / parts.chunkSize);
    if (parts.urls.length !== needed) {
        throw new Error(`the Hub's multipart answer for ${file.pathInRepo} has ${parts.urls.length} part URL(s), but ${answer.size} bytes in parts of ${parts.chunkSize} need ${needed}; nothing was committed. Run the step again, and report it with the request id if it persists`);
    }
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.visibility = void 0;
const repo_ref_1 = __nccwpck_require__(7775);
const repos_1 = __nccwpck_require__(470);
const urls_1 = __nccwpck_require__(6137);
const repo_1 = __nccwpck_require__(9776);
const values_1 = __nccwpck_require__(9630);
const operation_1 = __nccwpck_require__(2899);
exports.visibility = (0, operation_1.defineOperation)({
    name: "visibility",
    inputs: { ...repo_1.REPO_INPUTS, private: "private" },
    outputs: ["url", "private"],
    parse: (read) => ({ repo: (0, repo_1.parseRepo)(read), private: (0, values_1.requireBoolean)("private", read("private")) }),
    repos: (options) => [options.repo],
    run: async (context, options) => {
        await (0, repos_1.setVisibility)(context.connection, options.repo, options.private);
        const url = (0, urls_1.repoWebUrl)(context.connection.endpoint, options.repo);
        const headline = `${(0, repo_ref_1.repoId)(options.repo)} is now ${options.private ? "private" : "public"}`;
        context.reporter.info(headline);
        return { outputs: { url, private: String(options.private) }, headline, links: [{ label: "Repository", url }] };
    },
});


/***/ }),

/***/ 3825:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.whoami = void 0;
const repos_1 = __nccwpck_require__(470);
const operation_1 = __nccwpck_require__(2899);
exports.whoami = (0, operation_1.defineOperation)({
    name: "whoami",
    inputs: {},
    outputs: ["name", "orgs", "role"],
    parse: () => ({}),
    repos: () => [],
    run: async (context) => {
        const identity = await (0, repos_1.whoami)(context.connection);
        const headline = `The token belongs to ${identity.name} (role ${identity.role ?? "unknown"})`;
        context.reporter.info(headline);
        return {
            outputs: { name: identity.name, orgs: JSON.stringify(identity.orgs), role: identity.role ?? "" },
            headline,
            links: [],
        };
    },
});


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.USER_AGENT = void 0;
const package_json_1 = __nccwpck_require__(8330);
/** The action's version: package.json's, the one the User-Agent, the CHANGELOG and the README show. */
const ACTION_VERSION = package_json_1.version;
/** `name/version; node/version`, the form the Hub's clients use. */
exports.USER_AGENT = `hf-hub-action/${ACTION_VERSION}; node/${process.versions.node}`;


/***/ }),

/***/ 6982:
/***/ ((module) => {

"use strict";
module.exports = require("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

"use strict";
module.exports = require("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 7016:
/***/ ((module) => {

"use strict";
module.exports = require("url");

/***/ }),

/***/ 7949:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
//#region \0rolldown/runtime.js
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));
//#endregion
let fs = __nccwpck_require__(9896);
let path = __nccwpck_require__(6928);
let url = __nccwpck_require__(7016);
let fdir = __nccwpck_require__(3204);
let picomatch = __nccwpck_require__(4006);
picomatch = __toESM(picomatch, 1);
//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = (0, picomatch.default)(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => path.posix.relative(cwd, p) || ".";
	return (p) => path.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = path.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path$1) {
	return path$1.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path$2) {
	var _result$parts;
	const result = picomatch.default.scan(path$2, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path$2];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path$3) {
	return escapePosixPath(path$3);
}
function convertWin32PathToPattern(path$4) {
	return escapeWin32Path(path$4).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = isWin ? convertWin32PathToPattern : convertPosixPathToPattern;
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path$5) => path$5.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path$6) => path$6.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.default.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0, path.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? path.posix.relative(escapedCwd, result) : path.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = path.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? path.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = (0, picomatch.default)(processed.match, matchOptions);
	const ignore = (0, picomatch.default)(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new fdir.fdir({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0, url.fileURLToPath)(opts.cwd) : (0, path.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || fs.readdir,
		readdirSync: opts.fs.readdirSync || fs.readdirSync,
		realpath: opts.fs.realpath || fs.realpath,
		realpathSync: opts.fs.realpathSync || fs.realpathSync,
		stat: opts.fs.stat || fs.stat,
		statSync: opts.fs.statSync || fs.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion
exports.convertPathToPattern = convertPathToPattern;
exports.escapePath = escapePath;
exports.glob = glob;
exports.globSync = globSync;
exports.isDynamicPattern = isDynamicPattern;


/***/ }),

/***/ 3204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

//#region rolldown:runtime
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));

//#endregion
const path = __toESM(__nccwpck_require__(6928));
const fs = __toESM(__nccwpck_require__(9896));

//#region src/utils.ts
function cleanPath(path$1) {
	let normalized = (0, path.normalize)(path$1);
	if (normalized.length > 1 && normalized[normalized.length - 1] === path.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path$1, separator) {
	return path$1.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path$1) {
	return path$1 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path$1);
}
function normalizePath(path$1, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path$1.includes("/") || path$1.startsWith(".");
	if (resolvePaths) path$1 = (0, path.resolve)(path$1);
	if (normalizePath$1 || pathNeedsCleaning) path$1 = cleanPath(path$1);
	if (path$1 === ".") return "";
	const needsSeperator = path$1[path$1.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path$1 + pathSeparator : path$1, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0, path.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path$1 = directoryPath || ".";
	if (filters.every((filter) => filter(path$1, true))) paths.push(path$1);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path$1, state, callback$1) {
	const { queue, fs: fs$1, options: { suppressErrors } } = state;
	queue.enqueue();
	fs$1.realpath(path$1, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs$1.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path$1, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path$1, state, callback$1) {
	const { queue, fs: fs$1, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs$1.realpathSync(path$1);
		const stat = fs$1.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path$1, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path$1, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0, path.dirname)(path$1);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0, path.dirname)(parent);
	}
	state.symlinks.set(path$1, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs: fs$1 } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs$1.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs: fs$1 } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs$1.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || fs
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path$1 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path$1)) continue;
				this.pushDirectory(path$1, paths, filters);
				this.walkDirectory(this.state, path$1, path$1, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path$1 = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path$1, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path$1 + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path$1 + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path$1;
						const filename = (0, path.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0, path.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	/*require.resolve*/(4006);
	pm = __nccwpck_require__(4006);
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: path.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path$1) => isMatch(path$1));
		return this;
	}
};

//#endregion
exports.fdir = Builder;

/***/ }),

/***/ 8330:
/***/ ((module) => {

"use strict";
module.exports = /*#__PURE__*/JSON.parse('{"name":"hf-hub-action","version":"1.0.0","private":true,"description":"GitHub Action for the Hugging Face Hub: create repos, upload artifacts, delete files, flip visibility.","license":"MIT","engines":{"node":">=20"},"scripts":{"build":"ncc build src/index.ts -o dist --license licenses.txt --target es2022 --transpile-only","typecheck":"tsc --noEmit -p tsconfig.json","lint":"eslint . && prettier --check .","format":"prettier --write .","pretest":"npm run build","test":"jest --coverage","emulator":"tsx emulator/cli.ts","predemo":"npm run build","demo":"tsx scripts/demo.ts","prebench":"npm run build","bench":"tsx bench/bench.ts"},"dependencies":{"@actions/core":"2.0.3","@actions/github":"6.0.1","picomatch":"4.0.7","tinyglobby":"0.2.17"},"devDependencies":{"@eslint/js":"9.39.5","@huggingface/hub":"2.17.5","@types/jest":"29.5.14","@types/node":"20.19.43","@types/picomatch":"4.0.3","@vercel/ncc":"0.45.0","eslint":"9.39.5","ignore":"7.0.17","jest":"29.7.0","prettier":"3.10.1","ts-jest":"29.4.15","tsx":"4.23.15","typescript":"5.9.3","typescript-eslint":"8.74.0","yaml":"2.9.1"}}');

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";
var exports = __webpack_exports__;

Object.defineProperty(exports, "__esModule", ({ value: true }));
const run_1 = __nccwpck_require__(3147);
void (0, run_1.run)();

})();

module.exports = __webpack_exports__;
/******/ })()
;