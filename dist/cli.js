#!/usr/bin/env node
import { createRequire as __reachdiffCreateRequire } from "node:module";
const require = __reachdiffCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x3) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x3, {
  get: (a, b3) => (typeof require !== "undefined" ? require : a)[b3]
}) : x3)(function(x3) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x3 + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to2, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to2, key) && key !== except)
        __defProp(to2, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to2;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode2;
    exports.isPair = isPair3;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path4) {
      const ctrl = callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visit_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = visit_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path4) {
      const ctrl = await callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visitAsync_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path4) {
      if (typeof visitor === "function")
        return visitor(key, node, path4);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path4);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path4);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path4);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path4);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path4);
      return void 0;
    }
    function replaceNode(key, path4, node) {
      const parent = path4[path4.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt2 = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt2} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn2) => tn2.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn2) => tn2.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v12 = applyReviver(reviver, val, String(i), v0);
            if (v12 === void 0)
              delete val[i];
            else if (v12 !== v0)
              val[i] = v12;
          }
        } else if (val instanceof Map) {
          for (const k2 of Array.from(val.keys())) {
            const v0 = val.get(k2);
            const v12 = applyReviver(reviver, val, k2, v0);
            if (v12 === void 0)
              val.delete(k2);
            else if (v12 !== v0)
              val.set(k2, v12);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v12 = applyReviver(reviver, val, v0, v0);
            if (v12 === void 0)
              val.delete(v0);
            else if (v12 !== v0) {
              val.delete(v0);
              val.add(v12);
            }
          }
        } else {
          for (const [k2, v0] of Object.entries(val)) {
            const v12 = applyReviver(reviver, val, k2, v0);
            if (v12 === void 0)
              delete val[k2];
            else if (v12 !== v0)
              val[k2] = v12;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v2, i) => toJS(v2, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c3 = getAliasCount(doc, item, anchors2);
          if (c3 > count)
            count = c3;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t2) => t2.tag === tagName);
        const tagObj = match.find((t2) => !t2.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t2) => t2.identify?.(value) && !t2.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path4, value) {
      let v2 = value;
      for (let i = path4.length - 1; i >= 0; --i) {
        const k2 = path4[i];
        if (typeof k2 === "number" && Number.isInteger(k2) && k2 >= 0) {
          const a = [];
          a[k2] = v2;
          v2 = a;
        } else {
          v2 = /* @__PURE__ */ new Map([[k2, v2]]);
        }
      }
      return createNode.createNode(v2, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path4) => path4 == null || typeof path4 === "object" && !!path4[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it2) => identity.isNode(it2) || identity.isPair(it2) ? it2.clone(schema) : it2);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path4, value) {
        if (isEmptyPath(path4))
          this.add(value);
        else {
          const [key, ...rest] = path4;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        const [key, ...rest] = path4;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        const [key, ...rest] = path4;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j3 = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j3])
                return text;
              folds.push(j3);
              escapedFolds[j3] = true;
              end = j3 + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str2 += "\\x" + code2.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs2;
      if (singleQuote === false)
        qs2 = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs2 = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs2 = doubleQuotedString;
        else
          qs2 = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs2(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header2 = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header2}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header2}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss2 = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss2.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss2.value, ctx) : blockString(ss2, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss2.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss2.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss2, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t2 = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t2);
        if (res === null)
          throw new Error(`Unsupported default string type ${t2}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t2) => t2.tag === item.tag);
        if (match.length > 0)
          return match.find((t2) => t2.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t2) => t2.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t2) => t2.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t2) => t2.format === item.format) ?? match.find((t2) => !t2.format);
      } else {
        obj = item;
        tagObj = tags.find((t2) => t2.nodeClass && obj instanceof t2.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify3(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o2) => tagObj = o2 });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify3;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify3 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify3.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify3.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws2 = " ";
      if (keyComment || vsb || vcb) {
        ws2 = vsb ? "\n" : "";
        if (vcb) {
          const cs2 = commentString(vcb);
          ws2 += `
${stringifyComment.indentComment(cs2, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws2 === "\n" && valueComment)
            ws2 = "\n\n";
        } else {
          ws2 += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws2 = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws2 = "";
      }
      str2 += ws2 + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it2 of source.items)
          mergeValue(ctx, map, it2);
      else if (Array.isArray(source))
        for (const it2 of source)
          mergeValue(ctx, map, it2);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify3 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify3.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k2 = createNode.createNode(key, void 0, ctx);
      const v2 = createNode.createNode(value, void 0, ctx);
      return new Pair(k2, v2);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_3, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify3 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify4(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify3.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify3.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k2 = identity.isScalar(key) ? key.value : key;
      for (const it2 of items) {
        if (identity.isPair(it2)) {
          if (it2.key === key || it2.key === k2)
            return it2;
          if (identity.isScalar(it2.key) && it2.key.value === k2)
            return it2;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it2 = findPair(this.items, key);
        if (!it2)
          return false;
        const del = this.items.splice(this.items.indexOf(it2), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it2 = findPair(this.items, key);
        const node = it2?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_3, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it2 = this.items[idx];
        return !keepScalar && identity.isScalar(it2) ? it2.value : it2;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_3, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it2 of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it2 : String(i++);
              it2 = replacer.call(obj, key, it2);
            }
            seq.items.push(createNode.createNode(it2, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d2 = minFractionDigits - (n.length - i - 1);
        while (d2-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o2 = 0; i < n; ++i, o2 += lineWidth) {
            lines[i] = str2.substr(o2, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn2 = pair.value ?? pair.key;
              cn2.comment = cn2.comment ? `${item.comment}
${cn2.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it2 of iterable) {
          if (typeof replacer === "function")
            it2 = replacer.call(iterable, String(i++), it2);
          let key, value;
          if (Array.isArray(it2)) {
            if (it2.length === 2) {
              key = it2[0];
              value = it2[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it2}`);
          } else if (it2 && it2 instanceof Object) {
            const keys2 = Object.keys(it2);
            if (keys2.length === 1) {
              key = keys2[0];
              value = it2[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys2.length} keys`);
            }
          } else {
            key = it2;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_3, ctx) {
        if (!ctx)
          return super.toJSON(_3);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f3 = str2.substring(dot + 1).replace(/_/g, "");
          if (f3[f3.length - 1] === "0")
            node.minFractionDigits = f3.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_3, ctx) {
        return super.toJSON(_3, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p2) => res2 * num(60) + num(p2), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d2 = parseSexagesimal(tz, false);
          if (Math.abs(d2) < 30)
            d2 *= 60;
          date -= 6e4 * d2;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys2 = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys2} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys2 = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys2}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b3) => a.key < b3.key ? -1 : a.key > b3.key ? 1 : 0;
    var Schema3 = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema3;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify3 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify3.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs2 = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs2, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs2 = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs2, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify3.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify3.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs2 = commentString(doc.comment);
          if (cs2.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs2, ""));
          } else {
            lines.push(`... ${cs2}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema3 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path4, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path4, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v2) => typeof v2 === "number" || v2 instanceof String || v2 instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k2 = this.createNode(key, null, options);
        const v2 = this.createNode(value, null, options);
        return new Pair.Pair(k2, v2);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        if (Collection.isEmptyPath(path4)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path4) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        if (Collection.isEmptyPath(path4))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path4, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path4) {
        if (Collection.isEmptyPath(path4))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path4) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        if (Collection.isEmptyPath(path4)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path4), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path4, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema3.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st2 of key.end)
              if (st2.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it2 of key.items) {
            for (const st2 of it2.start)
              if (st2.type === "newline")
                return true;
            if (it2.sep) {
              for (const st2 of it2.sep)
                if (st2.type === "newline")
                  return true;
            }
            if (containsNewline(it2.key) || containsNewline(it2.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b3) => a === b3 || identity.isScalar(a) && identity.isScalar(b3) && a.value === b3.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode2 = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode2))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode2.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode2.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode2, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode2.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode2.comment)
              keyNode2.comment += "\n" + valueProps.comment;
            else
              keyNode2.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode2);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs2, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs2.offset;
      let commentEnd = null;
      for (const { start, value } of bs2.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs2.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs2.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs2.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st2 of start) {
              switch (st2.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st2.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode2 = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode2.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode2.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st2 of sep) {
                  if (st2 === valueProps.found)
                    break;
                  if (st2.type === "newline") {
                    onError(st2, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode2.comment)
              keyNode2.comment += "\n" + valueProps.comment;
            else
              keyNode2.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode2, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode2))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode2).range;
            map.range = [keyNode2.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce2, ...ee3] = fc.end;
      let cePos = offset;
      if (ce2?.source === expectedEnd)
        cePos = ce2.offset + ce2.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce2 && ce2.source.length !== 1)
          ee3.unshift(ce2);
      }
      if (ee3.length > 0) {
        const end = resolveEnd.resolveEnd(ee3, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t2) => t2.tag === tagName && t2.collection === expType);
      if (!tag) {
        const kt2 = ctx.schema.knownTags[tagName];
        if (kt2?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt2, { default: false }));
          tag = kt2;
        } else {
          if (kt2) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt2.tag} used for ${expType} collection, but expects ${kt2.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header2 = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header2)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header2.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header2.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header2.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header2.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header2.indent;
      let offset = scalar.offset + header2.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header2.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header2.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header2.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header2.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header2.length + scalar.source.length;
      return { value, type, comment: header2.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts2 = token.source;
            if (ts2 && typeof ts2 === "string")
              length += ts2.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m2 = first.match(/^( *)/);
      const line0 = m2?.[1] ? [m2[1], first.slice(m2[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re2 = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re2.comment,
        range: [offset, valueEnd, re2.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt2 = schema.knownTags[tagName];
      if (kt2 && !kt2.collection) {
        schema.tags.push(Object.assign({}, kt2, { default: false, test: void 0 }));
        return kt2;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts2 = directives.tagString(tag.tag);
          const cs2 = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts2} or ${cs2}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st2 = before[i];
          switch (st2.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st2.source.length;
              continue;
          }
          st2 = before[++i];
          while (st2?.type === "space") {
            offset += st2.source.length;
            st2 = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re2 = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re2.offset];
      if (re2.comment)
        alias.comment = re2.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re2 = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re2.comment)
        doc.comment = re2.comment;
      doc.range = [offset, contentEnd, re2.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it2 = dc.items[0];
            if (identity.isPair(it2))
              it2 = it2.key;
            const cb = it2.commentBefore;
            it2.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he2 = source.indexOf("\n");
          const head = source.substring(0, he2);
          const body = source.substring(he2 + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header2 = token.props[0];
            if (header2.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he2 = source.indexOf("\n");
      const head = source.substring(0, he2);
      const body = source.substring(he2 + 1) + "\n";
      if (token.type === "block-scalar") {
        const header2 = token.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header2.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st2 of end)
          switch (st2.type) {
            case "space":
            case "comment":
              props.push(st2);
              break;
            case "newline":
              props.push(st2);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st2) => st2.type === "space" || st2.type === "comment" || st2.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify3 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st2 of token.end)
            res += st2.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st2 of token.end)
              res += st2.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st2 of token.end)
              res += st2.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st2 of start)
        res += st2.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st2 of sep)
          res += st2.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify3;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path4) => {
      let item = cst;
      for (const [field2, index] of path4) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path4) => {
      const parent = visit2.itemAtPath(cst, path4.slice(0, -1));
      const field2 = path4[path4.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path4, item, visitor) {
      let ctrl = visitor(item, path4);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path4.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path4);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path4) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt2 = this.buffer.substr(offset, 3);
          if ((dt2 === "---" || dt2 === "...") && isEmpty2(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs2 = line.indexOf("#");
          while (cs2 !== -1) {
            const ch = line[cs2 - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs2 - 1;
              break;
            } else {
              cs2 = line.indexOf("#", cs2 + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty2(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs2 = this.continueScalar(nl + 1);
            if (cs2 === -1)
              break;
            nl = qb.indexOf("\n", cs2);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs2 = this.continueScalar(nl + 1);
            if (cs2 === -1)
              break;
            nl = this.buffer.indexOf("\n", cs2);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs2 = this.continueScalar(i + 1);
              if (cs2 === -1)
                break;
              i = Math.max(i, cs2 - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it2 = parent.items[parent.items.length - 1];
          return it2.sep ?? it2.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it2 of fc.items) {
          if (it2.sep && !it2.value && !includesToken(it2.start, "explicit-key-ind") && !includesToken(it2.sep, "map-value-ind")) {
            if (it2.key)
              it2.value = it2.key;
            delete it2.key;
            if (isFlowToken(it2.value)) {
              if (it2.value.end)
                arrayPushArray(it2.value.end, it2.sep);
              else
                it2.value.end = it2.sep;
            } else
              arrayPushArray(it2.start, it2.sep);
            delete it2.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st2 = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st2;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it2 = top.items[top.items.length - 1];
              if (it2.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it2.sep) {
                it2.value = token;
              } else {
                Object.assign(it2, { key: token, sep: [] });
                this.onKeyLine = !it2.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it2 = top.items[top.items.length - 1];
              if (it2.value)
                top.items.push({ start: [], value: token });
              else
                it2.value = token;
              break;
            }
            case "flow-collection": {
              const it2 = top.items[top.items.length - 1];
              if (!it2 || it2.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it2.sep)
                it2.value = token;
              else
                Object.assign(it2, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st2) => st2.type !== "comment" || st2.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it2 = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it2.value) {
              const end = "end" in it2.value ? it2.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it2.sep) {
              it2.sep.push(this.sourceToken);
            } else {
              it2.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it2.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it2.sep) {
              it2.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it2.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it2.sep || it2.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it2.sep && !it2.value) {
            const nl = [];
            for (let i = 0; i < it2.sep.length; ++i) {
              const st2 = it2.sep[i];
              switch (st2.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st2.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it2.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it2.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it2.sep) {
                it2.sep.push(this.sourceToken);
              } else {
                it2.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it2.sep && !it2.explicitKey) {
                it2.start.push(this.sourceToken);
                it2.explicitKey = true;
              } else if (atNextItem || it2.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it2.explicitKey) {
                if (!it2.sep) {
                  if (includesToken(it2.start, "newline")) {
                    Object.assign(it2, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it2.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it2.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it2.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it2.key) && !includesToken(it2.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it2.start);
                  const key = it2.key;
                  const sep = it2.sep;
                  sep.push(this.sourceToken);
                  delete it2.key;
                  delete it2.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it2.sep = it2.sep.concat(start, this.sourceToken);
                } else {
                  it2.sep.push(this.sourceToken);
                }
              } else {
                if (!it2.sep) {
                  Object.assign(it2, { key: null, sep: [this.sourceToken] });
                } else if (it2.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it2.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it2.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it2.value) {
                map.items.push({ start, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it2.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it2, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it2.explicitKey && it2.sep && !includesToken(it2.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it2 = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it2.value) {
              const end = "end" in it2.value ? it2.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it2.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it2.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it2.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it2.value || this.indent <= seq.indent)
              break;
            it2.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it2.value || includesToken(it2.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it2.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it2 = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it2 || it2.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it2.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it2 || it2.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it2.sep)
                it2.sep.push(this.sourceToken);
              else
                Object.assign(it2, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it2 || it2.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it2.sep)
                it2.sep.push(this.sourceToken);
              else
                it2.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it2 || it2.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it2.sep)
                this.stack.push(fs2);
              else
                Object.assign(it2, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st2) => st2.type === "newline" || st2.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify3(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments3;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify3;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema3 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema3.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m2 = s * 60;
    var h3 = m2 * 60;
    var d2 = h3 * 24;
    var w2 = d2 * 7;
    var y2 = d2 * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str2) {
      str2 = String(str2);
      if (str2.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str2
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y2;
        case "weeks":
        case "week":
        case "w":
          return n * w2;
        case "days":
        case "day":
        case "d":
          return n * d2;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h3;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m2;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return Math.round(ms2 / d2) + "d";
      }
      if (msAbs >= h3) {
        return Math.round(ms2 / h3) + "h";
      }
      if (msAbs >= m2) {
        return Math.round(ms2 / m2) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms2 / s) + "s";
      }
      return ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return plural2(ms2, msAbs, d2, "day");
      }
      if (msAbs >= h3) {
        return plural2(ms2, msAbs, h3, "hour");
      }
      if (msAbs >= m2) {
        return plural2(ms2, msAbs, m2, "minute");
      }
      if (msAbs >= s) {
        return plural2(ms2, msAbs, s, "second");
      }
      return ms2 + " ms";
    }
    function plural2(ms2, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms2 = curr - (prevTime || curr);
          self.diff = ms2;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v2) => {
            enableOverride = v2;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns2 of split) {
          if (ns2[0] === "-") {
            createDebug.skips.push(ns2.slice(1));
          } else {
            createDebug.names.push(ns2);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns2 of createDebug.names) {
          if (matchesTemplate(name, ns2)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m2;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m2 = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m2[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c3 = "color: " + this.color;
      args.splice(1, 0, c3, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c3);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r2;
      try {
        r2 = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r2 && typeof process !== "undefined" && "env" in process) {
        r2 = process.env.DEBUG;
      }
      return r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v2) {
      try {
        return JSON.stringify(v2);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = __require("supports-color");
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_3, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c3 = this.color;
        const colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys2 = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys2.length; i++) {
        debug.inspectOpts[keys2[i]] = exports.inspectOpts[keys2[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts).split("\n").map((str2) => str2.trim()).join(" ");
    };
    formatters.O = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __require("fs");
    var debug_1 = __importDefault(require_src());
    var log = debug_1.default("@kwsites/file-exists");
    function check(path4, isFile, isDirectory) {
      log(`checking %s`, path4);
      try {
        const stat4 = fs_1.statSync(path4);
        if (stat4.isFile() && isFile) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat4.isDirectory() && isDirectory) {
          log(`[OK] path represents a directory`);
          return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
      } catch (e) {
        if (e.code === "ENOENT") {
          log(`[FAIL] path is not accessible: %o`, e);
          return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
      }
    }
    function exists3(path4, type = exports.READABLE) {
      return check(path4, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
    }
    exports.exists = exists3;
    exports.FILE = 1;
    exports.FOLDER = 2;
    exports.READABLE = exports.FILE + exports.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports) {
    "use strict";
    function __export(m2) {
      for (var p2 in m2) if (!exports.hasOwnProperty(p2)) exports[p2] = m2[p2];
    }
    Object.defineProperty(exports, "__esModule", { value: true });
    __export(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDeferred = exports.deferred = void 0;
    function deferred() {
      let done;
      let fail;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
      });
      return {
        promise,
        done(result) {
          if (status === "pending") {
            status = "resolved";
            done(result);
          }
        },
        fail(error) {
          if (status === "pending") {
            status = "rejected";
            fail(error);
          }
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports.deferred = deferred;
    exports.createDeferred = deferred;
    exports.default = deferred;
  }
});

// src/cli.ts
import { once } from "node:events";

// src/core/diagnostics.ts
function diagnostic(severity, code2, message, at2) {
  return { severity, code: code2, message, file: at2.file, line: at2.line, column: at2.column };
}
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function compareDiagnostics(a, b3) {
  if (a.file !== b3.file) return a.file < b3.file ? -1 : 1;
  return a.line - b3.line || a.column - b3.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b3.severity] || (a.code < b3.code ? -1 : a.code > b3.code ? 1 : 0) || (a.message < b3.message ? -1 : a.message > b3.message ? 1 : 0);
}
function formatDiagnostic(d2) {
  return `${d2.file}:${d2.line}:${d2.column}: ${d2.severity}: ${d2.message} [${d2.code}]`;
}
function hasErrors(diagnostics) {
  return diagnostics.some((d2) => d2.severity === "error");
}

// src/core/assert-never.ts
function assertNever(value, what = "value") {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}

// src/model/types.ts
var PROTOCOLS = ["TCP", "UDP", "SCTP"];
var TIERS = ["admin", "networkpolicy", "baseline"];

// src/engine/conn-set.ts
var MIN_PORT = 1;
var MAX_PORT = 65535;
var FULL = [[MIN_PORT, MAX_PORT]];
var NONE = [];
var EMPTY_CONNS = { TCP: NONE, UDP: NONE, SCTP: NONE, other: false };
var ALL_CONNS = { TCP: FULL, UDP: FULL, SCTP: FULL, other: true };
function normalizeRanges(ranges) {
  const sorted = ranges.filter(([a, b3]) => a <= b3).sort((x3, y2) => x3[0] - y2[0] || x3[1] - y2[1]);
  const out = [];
  for (const [a, b3] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b3);
    else out.push([a, b3]);
  }
  return out;
}
function connsOf(protocol, ranges) {
  return { ...EMPTY_CONNS, [protocol]: normalizeRanges(ranges) };
}
function portRangeConns(protocol, from, to2) {
  return connsOf(protocol, [[from, to2]]);
}
function unionRanges(a, b3) {
  if (a.length === 0) return b3;
  if (b3.length === 0) return a;
  return normalizeRanges([...a, ...b3]);
}
function intersectRanges(a, b3) {
  if (a.length === 0 || b3.length === 0) return NONE;
  const out = [];
  let i = 0;
  let j3 = 0;
  while (i < a.length && j3 < b3.length) {
    const [a0, a1] = a[i];
    const [b0, b1] = b3[j3];
    const lo = Math.max(a0, b0);
    const hi = Math.min(a1, b1);
    if (lo <= hi) out.push([lo, hi]);
    if (a1 < b1) i++;
    else j3++;
  }
  return out;
}
function subtractRanges(a, b3) {
  if (a.length === 0 || b3.length === 0) return a;
  const out = [];
  let j3 = 0;
  for (const [a0, a1] of a) {
    let lo = a0;
    while (j3 < b3.length && b3[j3][1] < lo) j3++;
    let k2 = j3;
    while (k2 < b3.length && b3[k2][0] <= a1) {
      const [b0, b1] = b3[k2];
      if (b0 > lo) out.push([lo, b0 - 1]);
      lo = Math.max(lo, b1 + 1);
      if (lo > a1) break;
      k2++;
    }
    if (lo <= a1) out.push([lo, a1]);
  }
  return out;
}
function combine(a, b3, op, other) {
  return { TCP: op(a.TCP, b3.TCP), UDP: op(a.UDP, b3.UDP), SCTP: op(a.SCTP, b3.SCTP), other };
}
function union(a, b3) {
  if (a === b3 || isEmpty(b3) || isAll(a)) return a;
  if (isEmpty(a) || isAll(b3)) return b3;
  return combine(a, b3, unionRanges, a.other || b3.other);
}
function intersect(a, b3) {
  if (a === b3 || isAll(b3) || isEmpty(a)) return a;
  if (isAll(a) || isEmpty(b3)) return b3;
  return combine(a, b3, intersectRanges, a.other && b3.other);
}
function subtract(a, b3) {
  if (isEmpty(a) || isEmpty(b3)) return a;
  if (isAll(b3) || a === b3) return EMPTY_CONNS;
  return combine(a, b3, subtractRanges, a.other && !b3.other);
}
function isEmpty(c3) {
  return !c3.other && c3.TCP.length === 0 && c3.UDP.length === 0 && c3.SCTP.length === 0;
}
function isFull(r2) {
  return r2.length === 1 && r2[0][0] === MIN_PORT && r2[0][1] === MAX_PORT;
}
function isAll(c3) {
  return c3 === ALL_CONNS || c3.other && isFull(c3.TCP) && isFull(c3.UDP) && isFull(c3.SCTP);
}
function connsEqual(a, b3) {
  if (a === b3) return true;
  if (a.other !== b3.other) return false;
  return PROTOCOLS.every((p2) => {
    const x3 = a[p2];
    const y2 = b3[p2];
    return x3.length === y2.length && x3.every((r2, i) => r2[0] === y2[i][0] && r2[1] === y2[i][1]);
  });
}
function containsConn(c3, protocol, port2) {
  return c3[protocol].some(([a, b3]) => a <= port2 && port2 <= b3);
}
function isSubset(b3, a) {
  return isEmpty(subtract(b3, a));
}
function otherProtocols(c3) {
  return c3.other && !isAll(c3);
}
function connsToJson(c3) {
  if (isAll(c3)) return "all";
  return PROTOCOLS.filter((p2) => c3[p2].length > 0).map((p2) => ({
    protocol: p2,
    ports: c3[p2].map(([a, b3]) => [a, b3])
  }));
}
var OTHER_PROTOCOLS_TEXT = "other protocols (ICMP, \u2026)";
function formatConns(c3) {
  if (isAll(c3)) return "all";
  if (isEmpty(c3)) return "none";
  const parts = PROTOCOLS.filter((p2) => c3[p2].length > 0).map((p2) => {
    const r2 = c3[p2];
    if (isFull(r2)) return `${p2} any port`;
    return `${p2} ${r2.map(([a, b3]) => a === b3 ? `${a}` : `${a}-${b3}`).join(",")}`;
  });
  if (c3.other) parts.push(OTHER_PROTOCOLS_TEXT);
  return parts.join("; ");
}
function connsKey(c3) {
  return isAll(c3) ? "all" : formatConns(c3);
}

// src/core/ids.ts
function workloadId(namespace, kind, name) {
  return `${namespace}/${name}[${kind}]`;
}
function externalId(start, end) {
  return `${start}-${end}`;
}
function policyId(namespace, name) {
  return namespace === null ? name : `${namespace}/${name}`;
}
function parseWorkloadId(text) {
  const m2 = /^([^/\s]+)\/([^[\s]+)\[([A-Za-z]+)\]$/.exec(text);
  if (!m2) return null;
  return { namespace: m2[1], name: m2[2], kind: m2[3] };
}

// src/engine/address.ts
var MAX_ADDRESS = {
  4: (1n << 32n) - 1n,
  6: (1n << 128n) - 1n
};
function formatV4(value) {
  const parts = [];
  for (let shift = 24n; shift >= 0n; shift -= 8n) parts.push(String(value >> shift & 0xffn));
  return parts.join(".");
}
function formatV6(value) {
  const groups = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number(value >> shift & 0xffffn));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j3 = i;
    while (j3 < groups.length && groups[j3] === 0) j3++;
    if (j3 - i > bestLen) {
      bestStart = i;
      bestLen = j3 - i;
    }
    i = j3;
  }
  const hex = groups.map((g2) => g2.toString(16));
  if (bestLen < 2) return hex.join(":");
  const head = hex.slice(0, bestStart).join(":");
  const tail = hex.slice(bestStart + bestLen).join(":");
  return `${head}::${tail}`;
}
function formatAddress(family, value) {
  return family === 4 ? formatV4(value) : formatV6(value);
}
function rangeId(family, start, end) {
  return externalId(formatAddress(family, start), formatAddress(family, end));
}
function parseV4(text) {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value << 8n | BigInt(n);
  }
  return value;
}
function parseGroups(text) {
  if (text === "") return [];
  const out = [];
  for (const g2 of text.split(":")) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g2)) return null;
    out.push(Number.parseInt(g2, 16));
  }
  return out;
}
function parseV6(text) {
  let body = text;
  let tailV4 = null;
  const lastColon = body.lastIndexOf(":");
  if (body.includes(".") && lastColon >= 0) {
    tailV4 = parseV4(body.slice(lastColon + 1));
    if (tailV4 === null) return null;
    body = `${body.slice(0, lastColon + 1)}0:0`;
  }
  const halves = body.split("::");
  if (halves.length > 2) return null;
  let groups;
  if (halves.length === 2) {
    const head = parseGroups(halves[0]);
    const tail = parseGroups(halves[1]);
    if (!head || !tail || head.length + tail.length > 7) return null;
    groups = [...head, ...new Array(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    const all = parseGroups(body);
    if (all?.length !== 8) return null;
    groups = all;
  }
  let value = 0n;
  for (const g2 of groups) value = value << 16n | BigInt(g2);
  if (tailV4 !== null) value = value & ~0xffffffffn | tailV4;
  return value;
}
function parseAddress(text) {
  if (text.includes(":")) {
    const value2 = parseV6(text);
    return value2 === null ? null : { family: 6, value: value2 };
  }
  const value = parseV4(text);
  return value === null ? null : { family: 4, value };
}

// src/engine/rule-ports.ts
function splitRulePorts(rule2) {
  if (rule2.ports === "all") return { numeric: ALL_CONNS, named: [], namedKey: "" };
  let numeric = EMPTY_CONNS;
  const named = [];
  for (const port2 of rule2.ports) numeric = addPort(numeric, named, port2);
  const namedKey = named.length === 0 ? "" : JSON.stringify(named.map((n) => [n.protocol, n.name]));
  return { numeric, named, namedKey };
}
function addPort(numeric, named, port2) {
  switch (port2.kind) {
    case "range":
      return union(numeric, portRangeConns(port2.protocol, port2.from, port2.to));
    case "named":
      named.push({ protocol: port2.protocol, name: port2.name });
      return numeric;
    default:
      return assertNever(port2, "port match");
  }
}
function resolveNamedPort(ports, named) {
  return ports.filter((p2) => p2.name === named.name && p2.protocol === named.protocol).map((p2) => [p2.port, p2.port]);
}
function rulePortsAt(rp, ports) {
  if (rp.named.length === 0 || ports === null) return rp.numeric;
  let out = rp.numeric;
  for (const n of rp.named) {
    const ranges = resolveNamedPort(ports, n);
    if (ranges.length > 0) out = union(out, connsOf(n.protocol, ranges));
  }
  return out;
}
function namedPortResolver(classes) {
  const signatures = /* @__PURE__ */ new Map();
  const signature = classes.map((c3) => {
    const key = JSON.stringify(c3.ports.map((p2) => [p2.name, p2.port, p2.protocol]));
    let id = signatures.get(key);
    if (id === void 0) {
      id = signatures.size;
      signatures.set(key, id);
    }
    return id;
  });
  const cache = /* @__PURE__ */ new Map();
  const namedAt = (ports, cls) => {
    const key = `${signature[cls]}|${ports.namedKey}`;
    let hit = cache.get(key);
    if (!hit) {
      hit = rulePortsAt(
        { numeric: EMPTY_CONNS, named: ports.named, namedKey: ports.namedKey },
        classes[cls].ports
      );
      cache.set(key, hit);
    }
    return hit;
  };
  return {
    portsAt: (ports, cls) => ports.named.length === 0 ? ports.numeric : union(ports.numeric, namedAt(ports, cls)),
    resolves: (ports, cls) => ports.named.length > 0 && !isEmpty(namedAt(ports, cls))
  };
}

// src/engine/evaluate.ts
function nodeKey(compiled, node) {
  switch (node.kind) {
    case "class":
      return node.index;
    case "external":
      return compiled.classes.length + node.index;
    default:
      return assertNever(node, "graph node");
  }
}
function keyNode(compiled, key) {
  const n = compiled.classes.length;
  return key < n ? { kind: "class", index: key } : { kind: "external", index: key - n };
}
function ruleMatchesPeer(r2, peer2) {
  if (r2.anyPeer) return true;
  if (peer2 === null) return false;
  return peer2.kind === "class" ? r2.classSet.has(peer2.index) : r2.externalSet.has(peer2.index);
}
function destinationPorts(compiled, direction2, subject, peer2) {
  if (direction2 === "ingress") return compiled.classes[subject].ports;
  return peer2?.kind === "class" ? compiled.classes[peer2.index].ports : null;
}
function evaluateDirection(compiled, direction2, subject, peer2, trace) {
  const policies = compiled.applicable[direction2][subject] ?? [];
  const ports = destinationPorts(compiled, direction2, subject, peer2);
  let allowed = EMPTY_CONNS;
  let remaining = ALL_CONNS;
  for (const tier of TIERS) {
    const inTier = policies.filter((p2) => p2.policy.tier === tier);
    if (inTier.length === 0) continue;
    let pending = remaining;
    let passed = EMPTY_CONNS;
    for (const cp of inTier) {
      for (const r2 of cp[direction2].rules) {
        if (isEmpty(pending) && !trace) break;
        const peerMatches2 = ruleMatchesPeer(r2, peer2);
        const ruleConns = peerMatches2 || trace ? rulePortsAt(r2.ports, ports) : EMPTY_CONNS;
        const decided = peerMatches2 ? intersect(ruleConns, pending) : EMPTY_CONNS;
        trace?.push({ rule: r2, peerMatches: peerMatches2, ruleConns, decided });
        if (isEmpty(decided)) continue;
        switch (r2.rule.action) {
          case "allow":
            allowed = union(allowed, decided);
            break;
          case "deny":
            break;
          case "pass":
            passed = union(passed, decided);
            break;
          default:
            assertNever(r2.rule.action, "rule action");
        }
        pending = subtract(pending, decided);
      }
    }
    const isolated = inTier.some((cp) => cp[direction2].isolates);
    remaining = isolated ? passed : union(pending, passed);
  }
  return union(allowed, remaining);
}

// src/core/compare-text.ts
function compareText(a, b3) {
  return a < b3 ? -1 : a > b3 ? 1 : 0;
}

// src/engine/classes.ts
function canonicalLabels(labels) {
  const out = {};
  for (const key of Object.keys(labels).sort(compareText)) out[key] = labels[key];
  return out;
}
function canonicalPorts(ports) {
  const seen = /* @__PURE__ */ new Map();
  for (const p2 of ports) seen.set(JSON.stringify([p2.name, p2.port, p2.protocol]), p2);
  return [...seen.entries()].sort(([a], [b3]) => compareText(a, b3)).map(([, p2]) => p2);
}
function buildClasses(workloads) {
  const sorted = [...workloads].sort((a, b3) => compareText(a.id, b3.id));
  const byKey2 = /* @__PURE__ */ new Map();
  const order = [];
  for (const w2 of sorted) {
    const labels = canonicalLabels(w2.labels);
    const ports = canonicalPorts(w2.ports);
    const key = JSON.stringify([
      w2.namespace,
      Object.entries(labels),
      ports.map((p2) => [p2.name, p2.port, p2.protocol])
    ]);
    let entry = byKey2.get(key);
    if (!entry) {
      entry = { labels, ports, members: [] };
      byKey2.set(key, entry);
      order.push(key);
    }
    entry.members.push(w2);
  }
  const classes = [];
  const classOf = /* @__PURE__ */ new Map();
  order.forEach((key, index) => {
    const entry = byKey2.get(key);
    const first = entry.members[0];
    classes.push({
      index,
      namespace: first.namespace,
      labels: entry.labels,
      ports: entry.ports,
      members: entry.members
    });
    for (const m2 of entry.members) classOf.set(m2.id, index);
  });
  return { classes, classOf, sorted };
}

// src/engine/partition.ts
function ipBlocksOf(policy) {
  const out = [];
  for (const dir of [policy.ingress, policy.egress]) {
    for (const rule2 of dir?.rules ?? []) {
      if (rule2.peers === "any") continue;
      for (const peer2 of rule2.peers) if (peer2.kind === "ipBlock") out.push(peer2);
    }
  }
  return out;
}
function mergeRanges(ranges) {
  const sorted = [...ranges].sort(
    (a, b3) => a.family - b3.family || (a.start < b3.start ? -1 : a.start > b3.start ? 1 : 0)
  );
  const out = [];
  for (const r2 of sorted) {
    const last = out[out.length - 1];
    if (last && last.family === r2.family && r2.start <= last.end + 1n) {
      if (r2.end > last.end) out[out.length - 1] = { ...last, end: r2.end };
    } else out.push(r2);
  }
  return out;
}
function isIpv6(peer2) {
  return peer2.cidr.includes(":") || peer2.ranges.some((r2) => r2.family === 6);
}
function partitionAddressSpace(models) {
  const cuts = { 4: /* @__PURE__ */ new Set([0n]), 6: /* @__PURE__ */ new Set([0n]) };
  let ipv6 = false;
  for (const model of models) {
    for (const policy of model.policies) {
      for (const peer2 of ipBlocksOf(policy)) {
        if (isIpv6(peer2)) ipv6 = true;
        for (const r2 of mergeRanges(peer2.ranges)) {
          cuts[r2.family].add(r2.start);
          if (r2.end < MAX_ADDRESS[r2.family]) cuts[r2.family].add(r2.end + 1n);
        }
      }
    }
  }
  const out = [];
  for (const family of ipv6 ? [4, 6] : [4]) {
    const points = [...cuts[family]].sort((a, b3) => a < b3 ? -1 : a > b3 ? 1 : 0);
    points.forEach((start, i) => {
      const next = points[i + 1];
      const end = next === void 0 ? MAX_ADDRESS[family] : next - 1n;
      out.push({ id: rangeId(family, start, end), family, start, end });
    });
  }
  return out;
}
function externalsWithin(ranges, externals) {
  const out = /* @__PURE__ */ new Set();
  for (const r2 of mergeRanges(ranges)) {
    let lo = 0;
    let hi = externals.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const e = externals[mid];
      if (e.family < r2.family || e.family === r2.family && e.start < r2.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < externals.length; i++) {
      const e = externals[i];
      if (e.family !== r2.family || e.start > r2.end) break;
      if (e.end <= r2.end) out.add(i);
    }
  }
  return [...out].sort((a, b3) => a - b3);
}

// src/engine/selector.ts
function labelValue(labels, key) {
  return Object.hasOwn(labels, key) ? labels[key] : void 0;
}
function compileRequirement(req) {
  const { key } = req;
  const values = new Set(req.values);
  switch (req.operator) {
    case "In":
      return (labels) => {
        const v2 = labelValue(labels, key);
        return v2 !== void 0 && values.has(v2);
      };
    // apimachinery: NotIn and DoesNotExist match when the key is absent (semantics.md §2.8).
    case "NotIn":
      return (labels) => {
        const v2 = labelValue(labels, key);
        return v2 === void 0 || !values.has(v2);
      };
    case "Exists":
      return (labels) => labelValue(labels, key) !== void 0;
    case "DoesNotExist":
      return (labels) => labelValue(labels, key) === void 0;
    default:
      return assertNever(req.operator, "selector operator");
  }
}
function compileSelector(selector2) {
  const terms = [];
  for (const [key, value] of Object.entries(selector2.matchLabels)) {
    terms.push((labels) => labelValue(labels, key) === value);
  }
  for (const req of selector2.matchExpressions) terms.push(compileRequirement(req));
  if (terms.length === 0) return () => true;
  if (terms.length === 1) return terms[0];
  return (labels) => terms.every((t2) => t2(labels));
}
function compileNamespaceMatch(match) {
  switch (match.kind) {
    case "named":
      return (name) => name === match.name;
    case "selector": {
      const predicate = compileSelector(match.selector);
      return (_name, labels) => predicate(labels);
    }
    default:
      return assertNever(match, "namespace match");
  }
}

// src/engine/compile.ts
var DIRECTIONS = ["ingress", "egress"];
function comparePolicies(a, b3) {
  return TIERS.indexOf(a.tier) - TIERS.indexOf(b3.tier) || a.priority - b3.priority || compareText(a.name, b3.name) || compareText(a.id, b3.id);
}
function indexClasses(index, c3) {
  for (const [key, value] of Object.entries(c3.labels)) {
    let byValue = index.get(key);
    if (!byValue) {
      byValue = /* @__PURE__ */ new Map();
      index.set(key, byValue);
    }
    const list2 = byValue.get(value);
    if (list2) list2.push(c3.index);
    else byValue.set(value, [c3.index]);
  }
}
function candidateClasses(selector2, index, all) {
  let best = all;
  for (const [key, value] of Object.entries(selector2.matchLabels)) {
    const list2 = index.get(key)?.get(value);
    if (!list2) return [];
    if (list2.length < best.length) best = list2;
  }
  return best;
}
function podSetMatcher(model, classes) {
  const nsLabels = /* @__PURE__ */ new Map();
  for (const ns2 of model.namespaces) nsLabels.set(ns2.name, ns2.labels);
  const labelsOf = (name) => nsLabels.get(name) ?? { "kubernetes.io/metadata.name": name };
  const byNamespace = /* @__PURE__ */ new Map();
  for (const c3 of classes) {
    let entry = byNamespace.get(c3.namespace);
    if (!entry) {
      entry = { all: [], index: /* @__PURE__ */ new Map() };
      byNamespace.set(c3.namespace, entry);
    }
    entry.all.push(c3.index);
    indexClasses(entry.index, c3);
  }
  const memo = /* @__PURE__ */ new Map();
  return (set) => {
    const key = JSON.stringify([set.namespaces, set.pods]);
    let hit = memo.get(key);
    if (!hit) {
      hit = matchPodSet(set);
      memo.set(key, hit);
    }
    return hit;
  };
  function matchPodSet(set) {
    const pods = compileSelector(set.pods);
    const matchIn = (scope, out2) => {
      if (!scope) return;
      for (const i of candidateClasses(set.pods, scope.index, scope.all)) {
        if (pods(classes[i].labels)) out2.push(i);
      }
    };
    const out = [];
    if (set.namespaces.kind === "named") {
      matchIn(byNamespace.get(set.namespaces.name), out);
      return out;
    }
    const inNamespace = compileNamespaceMatch(set.namespaces);
    let parts = 0;
    for (const [name, scope] of byNamespace) {
      if (!inNamespace(name, labelsOf(name))) continue;
      matchIn(scope, out);
      parts++;
    }
    return parts > 1 ? out.sort((a, b3) => a - b3) : out;
  }
}
function sortedUnique(lists) {
  if (lists.length === 1) return [...lists[0]];
  return [...new Set(lists.flat())].sort((a, b3) => a - b3);
}
function compileModel(model, externals) {
  const { classes, classOf, sorted } = buildClasses(model.workloads);
  const matchPods = podSetMatcher(model, classes);
  const resolver = namedPortResolver(classes);
  const peerSets = /* @__PURE__ */ new Map();
  const internPeers = (key, make) => {
    let set = peerSets.get(key);
    if (!set) {
      const [cs2, xs2] = make();
      set = {
        id: peerSets.size,
        classes: cs2,
        classSet: new Set(cs2),
        externals: xs2,
        externalSet: new Set(xs2)
      };
      peerSets.set(key, set);
    }
    return set;
  };
  const allClasses = classes.map((c3) => c3.index);
  const everyClass = internPeers("classes", () => [allClasses, []]);
  const everyPeer = internPeers("any", () => [allClasses, externals.map((_3, i) => i)]);
  const peerKey2 = (peer2) => peer2.kind === "pods" ? JSON.stringify(["pods", peer2.namespaces, peer2.pods]) : JSON.stringify(["ip", peer2.cidr, peer2.except]);
  const EMPTY_SET = /* @__PURE__ */ new Set();
  const namedTargetsMemo = /* @__PURE__ */ new Map();
  const compileRule = (policy, direction2, rule2) => {
    const anyPeer = rule2.peers === "any";
    const peers = [];
    for (const peer2 of rule2.peers === "any" ? [] : rule2.peers) {
      peers.push(
        peer2.kind === "pods" ? { classes: matchPods(peer2), externals: [] } : { classes: [], externals: externalsWithin(peer2.ranges, externals) }
      );
    }
    const peerSet = rule2.peers === "any" ? everyPeer : internPeers(JSON.stringify(rule2.peers.map(peerKey2)), () => [
      sortedUnique(peers.map((p2) => p2.classes)),
      sortedUnique(peers.map((p2) => p2.externals))
    ]);
    const ports = splitRulePorts(rule2);
    let namedTargets = [];
    if (direction2 === "egress" && ports.named.length > 0) {
      const candidates = anyPeer ? everyClass : peerSet;
      const key = `${candidates.id}|${ports.namedKey}`;
      let hit = namedTargetsMemo.get(key);
      if (!hit) {
        hit = candidates.classes.filter((i) => resolver.resolves(ports, i));
        namedTargetsMemo.set(key, hit);
      }
      namedTargets = hit;
    }
    return {
      rule: rule2,
      policy,
      direction: direction2,
      anyPeer,
      peers,
      classSet: anyPeer ? EMPTY_SET : peerSet.classSet,
      externalSet: anyPeer ? EMPTY_SET : peerSet.externalSet,
      peerSet,
      ports,
      namedTargets
    };
  };
  const policies = [...model.policies].sort(comparePolicies).map((policy) => {
    const dir = (direction2) => {
      const d2 = policy[direction2];
      if (d2 === null) return null;
      return { isolates: d2.isolates, rules: d2.rules.map((r2) => compileRule(policy, direction2, r2)) };
    };
    return {
      policy,
      subjects: matchPods(policy.subject),
      ingress: dir("ingress"),
      egress: dir("egress")
    };
  });
  const applicable = {
    ingress: classes.map(() => []),
    egress: classes.map(() => [])
  };
  for (const cp of policies) {
    for (const direction2 of DIRECTIONS) {
      if (cp[direction2] === null) continue;
      for (const c3 of cp.subjects) applicable[direction2][c3].push(cp);
    }
  }
  return {
    classes,
    classOf,
    workloads: sorted,
    externals,
    policies,
    applicable,
    everyClass,
    portsAt: resolver.portsAt
  };
}

// src/engine/direction-table.ts
var NARROW_PEERS = 64;
var ALLOW_ALL = { fallback: ALL_CONNS, overrides: /* @__PURE__ */ new Map(), wide: [] };
function tableLookup(compiled, table2, key) {
  let out = table2.overrides.get(key) ?? table2.fallback;
  const n = compiled.classes.length;
  for (const w2 of table2.wide) {
    if (key < n) {
      if (!w2.peers.classSet.has(key)) continue;
      out = union(out, w2.conns);
      if (w2.named) out = union(out, compiled.portsAt(w2.named, key));
    } else if (w2.peers.externalSet.has(key - n)) {
      out = union(out, w2.conns);
    }
  }
  return out;
}
function* tableExceptions(compiled, table2) {
  if (table2.wide.length === 0) {
    yield* table2.overrides;
    return;
  }
  const n = compiled.classes.length;
  const keys2 = new Set(table2.overrides.keys());
  for (const w2 of table2.wide) {
    for (const c3 of w2.peers.classes) keys2.add(c3);
    for (const x3 of w2.peers.externals) keys2.add(n + x3);
  }
  for (const key of keys2) {
    const v2 = tableLookup(compiled, table2, key);
    if (!connsEqual(v2, table2.fallback)) yield [key, v2];
  }
}
function isAllowOnly(policies, direction2) {
  return policies.every(
    (cp) => cp.policy.tier === "networkpolicy" && cp[direction2].rules.every((r2) => r2.rule.action === "allow")
  );
}
function fastTable(compiled, direction2, subject) {
  const policies = compiled.applicable[direction2][subject];
  if (!policies.some((cp) => cp[direction2].isolates)) return ALLOW_ALL;
  const { classes } = compiled;
  const n = classes.length;
  const subjectPorts = direction2 === "ingress" ? classes[subject].ports : null;
  const rules = policies.flatMap((cp) => cp[direction2].rules);
  let fallback = EMPTY_CONNS;
  for (const r2 of rules) {
    if (!r2.anyPeer) continue;
    fallback = union(
      fallback,
      direction2 === "ingress" ? rulePortsAt(r2.ports, subjectPorts) : r2.ports.numeric
    );
  }
  const extra = /* @__PURE__ */ new Map();
  const add = (key, conns) => {
    if (!isEmpty(conns)) extra.set(key, union(extra.get(key) ?? EMPTY_CONNS, conns));
  };
  const wide = /* @__PURE__ */ new Map();
  const addWide = (peers, conns, named) => {
    if (named === null && isSubset(conns, fallback)) return;
    let w2 = wide.get(peers.id);
    if (!w2) {
      w2 = { peers, conns: EMPTY_CONNS, named: [] };
      wide.set(peers.id, w2);
    }
    w2.conns = union(w2.conns, conns);
    if (named) w2.named.push(named);
  };
  for (const r2 of rules) {
    const named = r2.ports.named.length > 0 ? r2.ports : null;
    if (direction2 === "ingress") {
      if (r2.anyPeer) continue;
      const conns = rulePortsAt(r2.ports, subjectPorts);
      if (isEmpty(conns)) continue;
      if (r2.peerSet.classes.length + r2.peerSet.externals.length > NARROW_PEERS) {
        addWide(r2.peerSet, conns, null);
        continue;
      }
      for (const c3 of r2.peerSet.classes) add(c3, conns);
      for (const e of r2.peerSet.externals) add(n + e, conns);
    } else if (r2.anyPeer) {
      if (named) addWide(compiled.everyClass, EMPTY_CONNS, named);
    } else if (r2.peerSet.classes.length + r2.peerSet.externals.length > NARROW_PEERS) {
      addWide(r2.peerSet, r2.ports.numeric, named);
    } else {
      for (const c3 of r2.peerSet.classes) add(c3, compiled.portsAt(r2.ports, c3));
      for (const e of r2.peerSet.externals) add(n + e, r2.ports.numeric);
    }
  }
  const overrides = /* @__PURE__ */ new Map();
  for (const [key, conns] of extra) {
    const v2 = union(fallback, conns);
    if (!connsEqual(v2, fallback)) overrides.set(key, v2);
  }
  const entries = [];
  for (const w2 of wide.values()) {
    const names2 = [...new Map(w2.named.map((rp) => [rp.namedKey, rp])).values()];
    if (names2.length === 0) entries.push({ peers: w2.peers, conns: w2.conns, named: null });
    names2.forEach((rp, i) => {
      entries.push({ peers: w2.peers, conns: i === 0 ? w2.conns : EMPTY_CONNS, named: rp });
    });
  }
  return { fallback, overrides, wide: entries };
}
function genericTable(compiled, direction2, subject) {
  const n = compiled.classes.length;
  const keys2 = /* @__PURE__ */ new Set();
  for (const cp of compiled.applicable[direction2][subject]) {
    for (const r2 of cp[direction2].rules) {
      for (const c3 of r2.classSet) keys2.add(c3);
      for (const e of r2.externalSet) keys2.add(n + e);
      for (const t2 of r2.namedTargets) keys2.add(t2);
    }
  }
  const fallback = evaluateDirection(compiled, direction2, subject, null);
  const overrides = /* @__PURE__ */ new Map();
  for (const key of [...keys2].sort((a, b3) => a - b3)) {
    const v2 = evaluateDirection(compiled, direction2, subject, keyNode(compiled, key));
    if (!connsEqual(v2, fallback)) overrides.set(key, v2);
  }
  return { fallback, overrides, wide: [] };
}
function directionTable(compiled, direction2, subject) {
  const policies = compiled.applicable[direction2][subject];
  if (policies.length === 0) return ALLOW_ALL;
  return isAllowOnly(policies, direction2) ? fastTable(compiled, direction2, subject) : genericTable(compiled, direction2, subject);
}

// src/engine/graph.ts
var INTERNALS = /* @__PURE__ */ new WeakMap();
function mergeSorted(lists) {
  const parts = lists.filter((l3) => l3.length > 0);
  if (parts.length === 0) return [];
  if (parts.length === 1) return parts[0];
  return [...new Set(parts.flat())].sort((x3, y2) => x3 - y2);
}
function makeInternals(compiled) {
  const { classes, externals } = compiled;
  const n = classes.length;
  const ingress = classes.map((c3) => directionTable(compiled, "ingress", c3.index));
  const egress = classes.map((c3) => directionTable(compiled, "egress", c3.index));
  const openIngress = ingress.flatMap((t2, i) => isEmpty(t2.fallback) ? [] : [i]);
  const ingressBySrc = /* @__PURE__ */ new Map();
  const push = (map, key, value) => {
    const list2 = map.get(key);
    if (list2) list2.push(value);
    else map.set(key, [value]);
  };
  const widePeers = /* @__PURE__ */ new Map();
  const wideDsts = /* @__PURE__ */ new Map();
  ingress.forEach((t2, dst) => {
    for (const key of t2.overrides.keys()) push(ingressBySrc, key, dst);
    for (const w2 of t2.wide) {
      widePeers.set(w2.peers.id, w2.peers);
      push(wideDsts, w2.peers.id, dst);
    }
  });
  const wideBySrc = /* @__PURE__ */ new Map();
  for (const [id, peers] of widePeers) {
    for (const c3 of peers.classes) push(wideBySrc, c3, id);
    for (const x3 of peers.externals) push(wideBySrc, n + x3, id);
  }
  const ingressSide = (srcKey) => [
    openIngress,
    ingressBySrc.get(srcKey) ?? [],
    ...(wideBySrc.get(srcKey) ?? []).map((id) => wideDsts.get(id))
  ];
  const egressSide = (out) => {
    if (!out || !isEmpty(out.fallback)) return null;
    const own = [...out.overrides.keys()].filter((k2) => k2 < n).sort((a, b3) => a - b3);
    return [own, ...out.wide.map((w2) => w2.peers.classes)];
  };
  const size2 = (lists) => lists.reduce((sum, l3) => sum + l3.length, 0);
  const egressSize = (out) => !out || !isEmpty(out.fallback) ? n : out.overrides.size + out.wide.reduce((sum, w2) => sum + w2.peers.classes.length, 0);
  const rowCost = (src) => {
    const out = src.kind === "class" ? egress[src.index] : null;
    const inSize = size2(ingressSide(nodeKey(compiled, src)));
    return Math.min(egressSize(out), inSize) + (out ? externals.length : 0);
  };
  const row = (src) => {
    const srcKey = nodeKey(compiled, src);
    const out = src.kind === "class" ? egress[src.index] : null;
    const inLists = ingressSide(srcKey);
    const outLists = egressSide(out);
    const candidates = mergeSorted(outLists && size2(outLists) < size2(inLists) ? outLists : inLists);
    const flows = [];
    for (const t2 of candidates) {
      const conns = intersect(
        out ? tableLookup(compiled, out, t2) : ALL_CONNS,
        tableLookup(compiled, ingress[t2], srcKey)
      );
      if (!isEmpty(conns)) flows.push({ src, dst: { kind: "class", index: t2 }, conns });
    }
    if (out) {
      for (let x3 = 0; x3 < externals.length; x3++) {
        const conns = tableLookup(compiled, out, n + x3);
        if (!isEmpty(conns)) flows.push({ src, dst: { kind: "external", index: x3 }, conns });
      }
    }
    return flows;
  };
  return { compiled, ingress, egress, row, rowCost };
}
function pairConns(internals, src, dst) {
  const { compiled, ingress, egress } = internals;
  if (src.kind === "external" && dst.kind === "external") return EMPTY_CONNS;
  const out = src.kind === "class" ? tableLookup(compiled, egress[src.index], nodeKey(compiled, dst)) : ALL_CONNS;
  const inn = dst.kind === "class" ? tableLookup(compiled, ingress[dst.index], nodeKey(compiled, src)) : ALL_CONNS;
  return intersect(out, inn);
}
function buildGraph(model, options) {
  const externals = options?.externals ?? partitionAddressSpace([model]);
  const internals = makeInternals(compileModel(model, externals));
  const { compiled } = internals;
  const n = compiled.classes.length;
  const graph = {
    model,
    classes: compiled.classes,
    classOf: compiled.classOf,
    externals,
    conns: (src, dst) => pairConns(internals, src, dst),
    *nodeFlows() {
      for (let key = 0; key < n + externals.length; key++)
        yield* internals.row(keyNode(compiled, key));
    }
  };
  INTERNALS.set(graph, internals);
  return graph;
}
function graphInternals(graph) {
  let internals = INTERNALS.get(graph);
  if (!internals) {
    internals = makeInternals(compileModel(graph.model, graph.externals));
    INTERNALS.set(graph, internals);
  }
  return internals;
}

// src/engine/flows.ts
function endpointIds(graph) {
  const { compiled } = graphInternals(graph);
  return [...compiled.workloads.map((w2) => w2.id), ...graph.externals.map((e) => e.id)];
}
function resolveEndpoint(graph, text) {
  const index = graph.classOf.get(text);
  if (index !== void 0) {
    const workload = graph.classes[index].members.find((m2) => m2.id === text);
    return { kind: "workload", workload, node: { kind: "class", index } };
  }
  const byId = graph.externals.findIndex((e) => e.id === text);
  const address = byId >= 0 ? null : parseAddress(text);
  const x3 = byId >= 0 ? byId : address === null ? -1 : graph.externals.findIndex(
    (e) => e.family === address.family && e.start <= address.value && address.value <= e.end
  );
  if (x3 < 0) return null;
  return { kind: "external", id: graph.externals[x3].id, node: { kind: "external", index: x3 } };
}
function* expandFlows(graph) {
  const internals = graphInternals(graph);
  const { compiled } = internals;
  const position = /* @__PURE__ */ new Map();
  compiled.workloads.forEach((w2, i) => {
    position.set(w2.id, i);
  });
  let cachedKey = null;
  let cached = [];
  const destinations = (src) => {
    const key = `${src.kind}:${src.index}`;
    if (key === cachedKey) return cached;
    const workloads = [];
    const externals = [];
    for (const f3 of internals.row(src)) {
      if (f3.dst.kind === "class") {
        for (const m2 of graph.classes[f3.dst.index].members) {
          workloads.push({ pos: position.get(m2.id), id: m2.id, conns: f3.conns });
        }
      } else {
        externals.push({ pos: -1, id: graph.externals[f3.dst.index].id, conns: f3.conns });
      }
    }
    workloads.sort((a, b3) => a.pos - b3.pos);
    cachedKey = key;
    cached = [...workloads, ...externals];
    return cached;
  };
  for (const w2 of compiled.workloads) {
    const src = { kind: "class", index: graph.classOf.get(w2.id) };
    for (const d2 of destinations(src)) {
      if (d2.id === w2.id && w2.kind === "Pod") continue;
      yield { src: w2.id, dst: d2.id, conns: d2.conns };
    }
  }
  for (let x3 = 0; x3 < graph.externals.length; x3++) {
    const src = { kind: "external", index: x3 };
    const id = graph.externals[x3].id;
    for (const d2 of destinations(src)) yield { src: id, dst: d2.id, conns: d2.conns };
  }
}

// src/engine/explain.ts
function unknownEndpoint(graph, role, text) {
  const reason = graph.model.excluded?.find((e) => e.id === text)?.reason;
  return reason === void 0 ? { kind: "unknown-endpoint", role, text } : { kind: "unknown-endpoint", role, text, reason };
}
function endpointId(e) {
  return e.kind === "workload" ? e.workload.id : e.id;
}
function explainSide(graph, direction2, subject, subjectClass, peer2, probe) {
  const { compiled } = graphInternals(graph);
  const steps = [];
  const conns = evaluateDirection(compiled, direction2, subjectClass, peer2.node, steps);
  const destPorts = destinationPorts(compiled, direction2, subjectClass, peer2.node);
  const has = (c3) => probe ? containsConn(c3, probe.protocol, probe.port) : null;
  const policies = (compiled.applicable[direction2][subjectClass] ?? []).map(
    (cp) => ({
      id: cp.policy.id,
      kind: cp.policy.kind,
      tier: cp.policy.tier,
      priority: cp.policy.priority,
      origin: cp.policy.origin,
      isolates: cp[direction2].isolates,
      rules: steps.filter((s) => s.rule.policy === cp.policy).map((s) => ({
        policy: cp.policy.id,
        index: s.rule.rule.index,
        name: s.rule.rule.name,
        action: s.rule.rule.action,
        origin: s.rule.rule.origin,
        peerMatches: s.peerMatches,
        ruleConns: s.ruleConns,
        decided: s.decided,
        unresolvedNamedPorts: s.rule.ports.named.filter((n) => destPorts === null || resolveNamedPort(destPorts, n).length === 0).map((n) => `${n.name}/${n.protocol}`),
        probeMatches: probe ? s.peerMatches && has(s.ruleConns) === true : null
      }))
    })
  );
  const isolatedBy = policies.filter((p2) => p2.isolates).map((p2) => p2.id);
  return {
    direction: direction2,
    subject: subject.id,
    peer: endpointId(peer2),
    isolated: isolatedBy.length > 0,
    isolatedBy,
    policies,
    conns,
    probeAllowed: has(conns)
  };
}
function explainFlow(graph, src, dst, probe) {
  const s = resolveEndpoint(graph, src);
  if (!s) return unknownEndpoint(graph, "src", src);
  const d2 = resolveEndpoint(graph, dst);
  if (!d2) return unknownEndpoint(graph, "dst", dst);
  const srcId = endpointId(s);
  const dstId = endpointId(d2);
  if (s.kind === "external" && d2.kind === "external") {
    return { kind: "external-pair", src: srcId, dst: dstId };
  }
  if (s.kind === "workload" && srcId === dstId && s.workload.kind === "Pod") {
    return { kind: "loopback", src: srcId, dst: dstId };
  }
  const p2 = probe ?? null;
  const egress = s.kind === "workload" ? explainSide(graph, "egress", s.workload, s.node.index, d2, p2) : null;
  const ingress = d2.kind === "workload" ? explainSide(graph, "ingress", d2.workload, d2.node.index, s, p2) : null;
  const conns = intersect(egress?.conns ?? ALL_CONNS, ingress?.conns ?? ALL_CONNS);
  return {
    kind: "flow",
    src: srcId,
    dst: dstId,
    probe: p2,
    egress,
    ingress,
    conns: egress || ingress ? conns : EMPTY_CONNS,
    probeAllowed: p2 ? containsConn(conns, p2.protocol, p2.port) : null
  };
}

// src/model/runtime-labels.ts
var RUNTIME_LABELS = /* @__PURE__ */ new Set([
  "pod-template-hash",
  "controller-revision-hash",
  "statefulset.kubernetes.io/pod-name",
  "apps.kubernetes.io/pod-index",
  "batch.kubernetes.io/job-completion-index",
  "controller-uid",
  "batch.kubernetes.io/controller-uid",
  "job-name",
  "batch.kubernetes.io/job-name"
]);
var JOB_NAME_LABELS = ["batch.kubernetes.io/job-name", "job-name"];
function runtimeKeysOf(selector2) {
  const keys2 = /* @__PURE__ */ new Set();
  for (const k2 of Object.keys(selector2.matchLabels)) if (RUNTIME_LABELS.has(k2)) keys2.add(k2);
  for (const r2 of selector2.matchExpressions) if (RUNTIME_LABELS.has(r2.key)) keys2.add(r2.key);
  return [...keys2].sort();
}

// src/engine/lint-dns-probe.ts
var DNS_PORT = 53;
var KUBE_SYSTEM = "kube-system";
var NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
function isDnsServer(w2) {
  return w2.namespace === KUBE_SYSTEM && w2.labels["k8s-app"] === "kube-dns" || w2.ports.some((p2) => p2.port === DNS_PORT && p2.protocol !== "SCTP");
}
var ASSUMED_KUBE_DNS = {
  id: workloadId(KUBE_SYSTEM, "Deployment", "coredns"),
  namespace: KUBE_SYSTEM,
  name: "coredns",
  kind: "Deployment",
  labels: { "k8s-app": "kube-dns" },
  ports: [
    { name: "dns-tcp", port: DNS_PORT, protocol: "TCP" },
    { name: "dns", port: DNS_PORT, protocol: "UDP" }
  ],
  origin: { file: "", line: 0, column: 0 }
};
function minimalLabels(selector2) {
  const labels = { ...selector2.matchLabels };
  for (const req of selector2.matchExpressions) {
    if (Object.hasOwn(labels, req.key)) continue;
    if (req.operator === "In" && req.values[0] !== void 0) labels[req.key] = req.values[0];
    else if (req.operator === "Exists") labels[req.key] = "x";
  }
  return compileSelector(selector2)(labels) ? labels : null;
}
function probeSubject(policy) {
  if (policy.subject.namespaces.kind !== "named") return null;
  const labels = minimalLabels(policy.subject.pods);
  if (labels === null) return null;
  const namespace = policy.subject.namespaces.name;
  const name = `(pods of ${policy.name})`;
  return {
    id: workloadId(namespace, "Pod", name),
    namespace,
    name,
    kind: "Pod",
    labels,
    ports: [],
    // On first use only: a position costs a YAML parse.
    get origin() {
      return policy.origin;
    }
  };
}
function probeModel(model, workloads) {
  const byId = /* @__PURE__ */ new Map();
  for (const w2 of workloads) byId.set(w2.id, w2);
  const namespaces = [...model.namespaces];
  for (const ns2 of new Set(workloads.map((w2) => w2.namespace))) {
    if (namespaces.some((n) => n.name === ns2)) continue;
    namespaces.push({
      name: ns2,
      labels: { [NAMESPACE_NAME_LABEL]: ns2 },
      declared: false,
      origin: null
    });
  }
  return {
    namespaces: namespaces.sort((a, b3) => compareText(a.name, b3.name)),
    workloads: [...byId.values()].sort((a, b3) => compareText(a.id, b3.id)),
    policies: model.policies,
    diagnostics: [],
    incomplete: model.incomplete
  };
}
function formatLabels(labels) {
  const entries = Object.entries(labels).sort(([a], [b3]) => compareText(a, b3));
  return entries.length === 0 ? "every pod" : entries.map(([k2, v2]) => `${k2}=${v2}`).join(", ");
}

// src/engine/lint-dns.ts
var SHOWN = 3;
function allowsDns(c3) {
  return containsConn(c3, "UDP", DNS_PORT) || containsConn(c3, "TCP", DNS_PORT);
}
function lintDns(graph) {
  const { compiled } = graphInternals(graph);
  const model = graph.model;
  const isolating = compiled.policies.filter((cp) => cp.egress?.isolates === true);
  if (isolating.length === 0) return [];
  const populated = new Set(model.workloads.map((w2) => w2.namespace));
  const subjects = [];
  compiled.classes.forEach((cls, c3) => {
    if (!compiled.applicable.egress[c3].some((cp) => cp.egress?.isolates === true)) return;
    subjects.push({ probe: cls.members[0], members: cls.members, standInFor: null });
  });
  for (const cp of isolating) {
    const ns2 = cp.policy.subject.namespaces;
    if (ns2.kind !== "named" || populated.has(ns2.name)) continue;
    const probe = probeSubject(cp.policy);
    if (probe !== null) subjects.push({ probe, members: [], standInFor: cp.policy });
  }
  if (subjects.length === 0) return [];
  const servers = model.workloads.filter(isDnsServer);
  const assumed = servers.length === 0;
  const dns = assumed ? [ASSUMED_KUBE_DNS] : servers;
  const probeGraph = buildGraph(probeModel(model, [...subjects.map((s) => s.probe), ...dns]), {
    externals: graph.externals
  });
  const probeCompiled = graphInternals(probeGraph).compiled;
  const dnsNodes = [
    ...[...new Set(dns.map((w2) => probeGraph.classOf.get(w2.id)))].map(
      (index) => ({ kind: "class", index })
    ),
    ...graph.externals.map((_3, index) => ({ kind: "external", index }))
  ];
  const blocked = [];
  for (const subject of subjects) {
    const index = probeGraph.classOf.get(subject.probe.id);
    const src = { kind: "class", index };
    if (dnsNodes.some((dst) => allowsDns(probeGraph.conns(src, dst)))) continue;
    const applicable = probeCompiled.applicable.egress[index];
    blocked.push({
      subject,
      isolatedBy: applicable.filter((cp) => cp.egress?.isolates === true).map((cp) => cp.policy),
      rulesMention53: applicable.some(
        (cp) => cp.egress.rules.some((r2) => allowsDns(r2.ports.numeric))
      )
    });
  }
  const dnsText = assumed ? "kube-dns (assumed: pods labelled k8s-app=kube-dns in kube-system, which this repository does not show)" : `the DNS server${servers.length === 1 ? "" : "s"} here (${shortList(servers.map((w2) => w2.id))})`;
  return [
    ...workloadWarnings(
      blocked.filter((v2) => v2.subject.standInFor === null),
      dnsText
    ),
    ...standInWarnings(
      blocked.filter((v2) => v2.subject.standInFor !== null),
      subjects.filter((s) => s.standInFor !== null),
      dnsText
    )
  ];
}
function workloadWarnings(blocked, dnsText) {
  const count = /* @__PURE__ */ new Map();
  for (const v2 of blocked)
    for (const p2 of v2.isolatedBy) count.set(p2.id, (count.get(p2.id) ?? 0) + 1);
  const groups = /* @__PURE__ */ new Map();
  for (const v2 of blocked) {
    const policy = [...v2.isolatedBy].sort(
      (a, b3) => (count.get(b3.id) ?? 0) - (count.get(a.id) ?? 0) || Number(mentions53(b3)) - Number(mentions53(a)) || compareText(a.id, b3.id)
    )[0];
    if (policy === void 0) continue;
    const g2 = groups.get(policy.id) ?? { policy, verdicts: [] };
    g2.verdicts.push(v2);
    groups.set(policy.id, g2);
  }
  return [...groups.values()].map(({ policy, verdicts }) => {
    const ids = verdicts.flatMap((v2) => v2.subject.members.map((w2) => w2.id)).sort(compareText);
    const who = `${ids.length === 1 ? "Workload" : `${ids.length} workloads`} ${shortList(ids)}`;
    return diagnostic(
      "warning",
      "dns-blocked",
      `${who}, isolated for egress by policy ${policy.id}, cannot reach DNS (UDP or TCP ${DNS_PORT}) on ${dnsText} nor on any address outside the cluster, so name lookups fail. ${advice(verdicts.some((v2) => v2.rulesMention53))}`,
      policy.origin
    );
  });
}
function standInWarnings(blocked, all, dnsText) {
  const out = [];
  const blockedIds = new Set(blocked.map((v2) => v2.subject.probe.id));
  const namespaces = new Set(all.map((s) => s.probe.namespace));
  for (const ns2 of [...namespaces].sort(compareText)) {
    const inNs = all.filter((s) => s.probe.namespace === ns2);
    if (!inNs.every((s) => blockedIds.has(s.probe.id))) continue;
    for (const v2 of blocked) {
      const policy = v2.subject.standInFor;
      if (v2.subject.probe.namespace !== ns2) continue;
      out.push(
        diagnostic(
          "warning",
          "dns-blocked",
          `Pods that policy ${policy.id} selects (${formatLabels(v2.subject.probe.labels)} in namespace ${ns2}) are isolated for egress and cannot reach DNS (UDP or TCP ${DNS_PORT}) on ${dnsText} nor on any address outside the cluster, and no policy in ${ns2} opens it, so name lookups fail. ${advice(v2.rulesMention53)}`,
          policy.origin
        )
      );
    }
  }
  return out;
}
function advice(mentions532) {
  const rule2 = "an egress rule to namespaceSelector kubernetes.io/metadata.name=kube-system with podSelector k8s-app=kube-dns on UDP and TCP 53";
  return mentions532 ? `Their egress rules allow port ${DNS_PORT}, but only toward peers that match no DNS server: check the peer's selectors (kube-system is labelled kubernetes.io/metadata.name=kube-system; any other label must be declared on its Namespace here), or use ${rule2}.` : `Add ${rule2} to a policy that selects them.`;
}
function mentions53(policy) {
  return (policy.egress?.rules ?? []).some((r2) => allowsDns(splitRulePorts(r2).numeric));
}
function shortList(ids) {
  const more = ids.length - SHOWN;
  return ids.slice(0, SHOWN).join(", ") + (more > 0 ? ` and ${more} more` : "");
}

// src/engine/lint.ts
function ruleName(r2) {
  const label = r2.rule.name === null ? `${r2.direction} rule ${r2.rule.index}` : `${r2.direction} rule "${r2.rule.name}"`;
  return `${label} of policy ${r2.policy.id}`;
}
function missingOn(compiled, memo, classes, n) {
  let byPort = memo.get(classes);
  if (byPort === void 0) {
    byPort = /* @__PURE__ */ new Map();
    memo.set(classes, byPort);
  }
  const key = `${n.protocol}/${n.name}`;
  const known = byPort.get(key);
  if (known !== void 0) return known;
  const missing = [];
  for (const c3 of classes) {
    const cls = compiled.classes[c3];
    if (resolveNamedPort(cls.ports, n).length > 0) continue;
    for (const w2 of cls.members) missing.push(w2.id);
  }
  missing.sort();
  byPort.set(key, missing);
  return missing;
}
function namedPortLints(compiled, memo, r2, subjects) {
  const out = [];
  const portOrigin = (n) => {
    const written = r2.rule.ports === "all" ? void 0 : r2.rule.ports.find(
      (p2) => p2.kind === "named" && p2.name === n.name && p2.protocol === n.protocol
    );
    return (written?.kind === "named" ? written.origin : void 0) ?? r2.rule.origin;
  };
  const unresolvedOn = (n, classes) => {
    const missing = missingOn(compiled, memo, classes, n);
    if (missing.length === 0) return;
    const shown = missing.slice(0, 3).join(", ");
    const who = missing.length === 1 ? shown : `${missing.length} workloads (${shown}${missing.length > 3 ? `, and ${missing.length - 3} more` : ""})`;
    out.push(
      diagnostic(
        "warning",
        "named-port-unresolved",
        `Named port "${n.name}" (${n.protocol}) in ${ruleName(r2)} is not declared by ${who}, so the rule allows nothing there; declare the port on the ${missing.length === 1 ? "workload's" : "workloads'"} containers or use a number.`,
        portOrigin(n)
      )
    );
  };
  for (const n of r2.ports.named) {
    if (r2.direction === "ingress") unresolvedOn(n, subjects);
    else if (!r2.anyPeer) unresolvedOn(n, r2.classSet);
    else if (!compiled.classes.some((c3) => resolveNamedPort(c3.ports, n).length > 0)) {
      out.push(
        diagnostic(
          "warning",
          "named-port-unresolved",
          `Named port "${n.name}" (${n.protocol}) in ${ruleName(r2)} is not declared by any workload, so the rule allows nothing; check the port name and protocol.`,
          portOrigin(n)
        )
      );
    }
    if (r2.direction === "egress" && r2.externalSet.size > 0) {
      out.push(
        diagnostic(
          "warning",
          "named-port-unresolved",
          `Named port "${n.name}" in ${ruleName(r2)} never matches its ipBlock destinations (a name has no meaning for an address); use a port number.`,
          portOrigin(n)
        )
      );
    }
  }
  return out;
}
function runtimeLabelText(keys2) {
  const list2 = keys2.join(", ");
  const jobs = keys2.some((k2) => k2.endsWith("job-name")) ? " (a Job's are known, but a CronJob names its jobs at each run)" : "";
  return `selects on ${keys2.length === 1 ? "a label" : "labels"} the cluster sets per pod, per revision or per run (${list2})${jobs}; reachdiff cannot model ${keys2.length === 1 ? "it" : "them"}`;
}
function namespacesMatching(model, m2) {
  if (m2.kind === "named") return [m2.name];
  const matches = compileSelector(m2.selector);
  return model.namespaces.filter((ns2) => matches(ns2.labels)).map((ns2) => ns2.name);
}
function peerPath(r2, i) {
  return `spec.${r2.direction}[${r2.rule.index}].${r2.direction === "ingress" ? "from" : "to"}[${i}]`;
}
function emptyPeerReason(model, populated, peer2) {
  const namespaces = namespacesMatching(model, peer2.namespaces);
  if (namespaces.length === 0) {
    if (!model.namespaces.some((ns2) => ns2.declared)) return null;
    return "its namespaceSelector matches none of the namespaces declared here (select a namespace by name with the label kubernetes.io/metadata.name)";
  }
  const withWorkloads = namespaces.filter((ns2) => populated.has(ns2));
  if (withWorkloads.length === 0) return null;
  const shown = withWorkloads.slice(0, 3).join(", ") + (withWorkloads.length > 3 ? ", \u2026" : "");
  return `no workload in ${withWorkloads.length === 1 ? "namespace" : "namespaces"} ${shown} has the labels its podSelector asks for`;
}
function lintGraph(graph) {
  const { compiled } = graphInternals(graph);
  const model = graph.model;
  const populated = new Set(model.workloads.map((w2) => w2.namespace));
  const out = [];
  const memo = /* @__PURE__ */ new WeakMap();
  for (const cp of compiled.policies) {
    const { policy } = cp;
    const home = namespacesMatching(model, policy.subject.namespaces);
    if (cp.subjects.length === 0 && home.some((ns2) => populated.has(ns2))) {
      const runtime = runtimeKeysOf(policy.subject.pods);
      out.push(
        runtime.length > 0 ? diagnostic(
          "warning",
          "runtime-label",
          `Policy ${policy.id} ${runtimeLabelText(runtime)}, so it selects no workload here. Check the policy against the cluster, or select on a label of the pod template.`,
          policy.subjectOrigin ?? policy.origin
        ) : diagnostic(
          "warning",
          "selects-nothing",
          `Policy ${policy.id} selects no workload: namespace ${home.join(", ")} has workloads here, but none with the labels its spec.podSelector asks for; check the selector (a typo in a label key or value is the usual cause).`,
          policy.subjectOrigin ?? policy.origin
        )
      );
    }
    for (const direction2 of DIRECTIONS) {
      for (const r2 of cp[direction2]?.rules ?? []) {
        if (r2.rule.peers !== "any") {
          r2.rule.peers.forEach((peer2, i) => {
            if (peer2.kind !== "pods" || (r2.peers[i]?.classes.length ?? 0) > 0) return;
            const reason = emptyPeerReason(model, populated, peer2);
            if (reason === null) return;
            const runtime = runtimeKeysOf(peer2.pods);
            if (runtime.length > 0) {
              out.push(
                diagnostic(
                  "warning",
                  "runtime-label",
                  `${peerPath(r2, i)} of policy ${policy.id} ${runtimeLabelText(runtime)}, so it matches no workload here. Check the rule against the cluster, or select on a label of the pod template.`,
                  r2.rule.origin
                )
              );
              return;
            }
            out.push(
              diagnostic(
                "warning",
                "peer-matches-nothing",
                `${peerPath(r2, i)} of policy ${policy.id} matches no workload: ${reason}.`,
                r2.rule.origin
              )
            );
          });
        }
        out.push(...namedPortLints(compiled, memo, r2, cp.subjects));
      }
    }
  }
  out.push(...lintDns(graph));
  return out.sort(compareDiagnostics);
}

// src/render/diagnostics-json.ts
function diagnosticsToJson(diagnostics) {
  return [...diagnostics].sort(compareDiagnostics).map((d2) => ({
    severity: d2.severity,
    code: d2.code,
    message: d2.message,
    file: d2.file,
    line: d2.line,
    column: d2.column
  }));
}

// src/render/json-stream.ts
var ITEM_INDENT = "    ";
var CHUNK = 1 << 16;
function indentedJson(value, indent) {
  return JSON.stringify(value, null, 2).replaceAll("\n", `
${indent}`);
}
function* jsonObjectChunks(fields) {
  let buffer = "{";
  let first = true;
  for (const field2 of fields) {
    if ("value" in field2 && field2.value === void 0) continue;
    buffer += `${first ? "" : ","}
  ${JSON.stringify(field2.key)}: `;
    first = false;
    if ("value" in field2) {
      buffer += indentedJson(field2.value, "  ");
      continue;
    }
    let empty = true;
    const texts = "texts" in field2 ? field2.texts : itemTexts(field2.items);
    for (const text of texts) {
      buffer += `${empty ? "[" : ","}
${ITEM_INDENT}${text}`;
      empty = false;
      if (buffer.length >= CHUNK) {
        yield buffer;
        buffer = "";
      }
    }
    buffer += empty ? "[]" : "\n  ]";
  }
  buffer += first ? "}\n" : "\n}\n";
  yield buffer;
}
function* itemTexts(items) {
  for (const item of items) yield indentedJson(item, ITEM_INDENT);
}

// src/render/analyze-json.ts
function sortedLabels(labels) {
  const out = {};
  for (const key of Object.keys(labels).sort()) out[key] = labels[key];
  return out;
}
function workloadJson(w2) {
  return {
    id: w2.id,
    type: "workload",
    namespace: w2.namespace,
    name: w2.name,
    kind: w2.kind,
    labels: sortedLabels(w2.labels)
  };
}
function endpointsJson(graph) {
  const workloads = new Map(graph.model.workloads.map((w2) => [w2.id, w2]));
  return endpointIds(graph).map((id) => {
    const w2 = workloads.get(id);
    if (w2) return workloadJson(w2);
    return { id, type: "external", ranges: [id] };
  });
}
function* flowsJson(graph) {
  for (const f3 of expandFlows(graph))
    yield {
      src: f3.src,
      dst: f3.dst,
      conns: connsToJson(f3.conns),
      ...otherProtocols(f3.conns) ? { otherProtocols: true } : {}
    };
}
function* analyzeJsonChunks(graph) {
  yield* jsonObjectChunks([
    { key: "schemaVersion", value: 1 },
    { key: "endpoints", items: endpointsJson(graph) },
    { key: "flows", items: flowsJson(graph) },
    { key: "diagnostics", value: diagnosticsToJson(graph.model.diagnostics) },
    { key: "incomplete", value: graph.model.incomplete }
  ]);
}

// src/render/ansi.ts
var wrap = (on2, open, close) => (s) => on2 ? `\x1B[${open}m${s}\x1B[${close}m` : s;
function paint(color) {
  return {
    bold: wrap(color, 1, 22),
    dim: wrap(color, 2, 22),
    red: wrap(color, 31, 39),
    green: wrap(color, 32, 39),
    yellow: wrap(color, 33, 39),
    cyan: wrap(color, 36, 39)
  };
}

// src/render/destination-groups.ts
function nodeKey2(n) {
  return `${n.kind === "class" ? "c" : "x"}${n.index}`;
}
function nodeMembers(graph, n) {
  return n.kind === "class" ? graph.classes[n.index].members.map((m2) => m2.id) : [graph.externals[n.index].id];
}
function allNodes(graph) {
  return [
    ...graph.classes.map((c3) => ({ kind: "class", index: c3.index })),
    ...graph.externals.map((_3, index) => ({ kind: "external", index }))
  ];
}
function countFlows(graph) {
  let n = 0;
  for (const f3 of graph.nodeFlows()) {
    const size2 = (x3) => x3.kind === "class" ? graph.classes[x3.index].members.length : 1;
    n += size2(f3.src) * size2(f3.dst);
    if (f3.src.kind === "class" && f3.dst.kind === "class" && f3.src.index === f3.dst.index) {
      n -= graph.classes[f3.src.index].members.filter((m2) => m2.kind === "Pod").length;
    }
  }
  return n;
}
function destinationGroups(graph) {
  const byEndpointOrder = endpointOrder(graph);
  const nodes = allNodes(graph);
  const incoming = /* @__PURE__ */ new Map();
  for (const f3 of graph.nodeFlows()) {
    const dk = nodeKey2(f3.dst);
    let byConns = incoming.get(dk);
    if (!byConns) {
      byConns = /* @__PURE__ */ new Map();
      incoming.set(dk, byConns);
    }
    const ck = connsKey(f3.conns);
    const entry = byConns.get(ck);
    if (entry) entry.srcs.push(f3.src);
    else byConns.set(ck, { conns: f3.conns, srcs: [f3.src] });
  }
  const merged2 = /* @__PURE__ */ new Map();
  for (const dst of nodes) {
    const byConns = incoming.get(nodeKey2(dst));
    const sources = byConns ? [...byConns.entries()].sort(([a], [b3]) => compareText(a, b3)).map(([, v2]) => v2) : [];
    const possible = dst.kind === "class" ? nodes.length : graph.classes.length;
    const only = sources[0];
    const status = sources.length === 0 ? "isolated" : sources.length === 1 && only && isAll(only.conns) && only.srcs.length === possible ? "unrestricted" : "restricted";
    const signature = `${status}|${sources.map((s) => `${connsKey(s.conns)}:${s.srcs.map(nodeKey2).join(",")}`).join("|")}|${dst.kind}`;
    const hit = merged2.get(signature);
    if (hit) hit.dsts.push(dst);
    else merged2.set(signature, { dsts: [dst], status, sources });
  }
  return [...merged2.values()].map((m2) => ({
    dsts: m2.dsts.flatMap((n) => nodeMembers(graph, n)).sort(byEndpointOrder),
    status: m2.status,
    sources: m2.sources.map((s) => ({
      conns: s.conns,
      srcs: s.srcs.flatMap((n) => nodeMembers(graph, n)).sort(byEndpointOrder)
    }))
  })).sort((a, b3) => byEndpointOrder(a.dsts[0], b3.dsts[0]));
}
function endpointOrder(graph) {
  const pos = new Map(endpointIds(graph).map((id, i) => [id, i]));
  return (a, b3) => (pos.get(a) ?? -1) - (pos.get(b3) ?? -1) || compareText(a, b3);
}

// src/render/escape.ts
function mdText(text) {
  return text.replace(/([\\`*_[\]])/g, "\\$1").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function mdCode(text) {
  const flat = text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
  const runs = flat.match(/`+/g) ?? [];
  const longest = runs.reduce((m2, r2) => Math.max(m2, r2.length), 0);
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function mdUrl(url) {
  return url.replace(/[\s()<>]/g, (c3) => `%${c3.charCodeAt(0).toString(16).toUpperCase()}`);
}
function mermaidLabel(text) {
  return text.replace(/["<>`#&|\r\n[\]{}]/g, (c3) => {
    if (c3 === "\r" || c3 === "\n") return " ";
    return `#${c3.charCodeAt(0)};`;
  });
}
function dotString(text) {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}
function htmlCommentText(text) {
  return text.replace(/-{2,}/g, "-").replace(/>/g, "");
}

// src/render/format.ts
function formatCount(n) {
  const digits = String(Math.trunc(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return n < 0 ? `-${grouped}` : grouped;
}
function plural(n, noun, pluralNoun = `${noun}s`) {
  return `${formatCount(n)} ${n === 1 ? noun : pluralNoun}`;
}

// src/render/diagnostics.ts
function diagnosticCounts(diagnostics) {
  const n = (s) => diagnostics.filter((d2) => d2.severity === s).length;
  const parts = [
    n("error") > 0 ? plural(n("error"), "error") : "",
    n("warning") > 0 ? plural(n("warning"), "warning") : "",
    n("info") > 0 ? `${n("info")} info` : ""
  ].filter((p2) => p2 !== "");
  return parts.length === 0 ? "none" : parts.join(", ");
}
function bySeverity(diagnostics) {
  const rank = { error: 0, warning: 1, info: 2 };
  return [...diagnostics].sort(
    (a, b3) => rank[a.severity] - rank[b3.severity] || compareDiagnostics(a, b3)
  );
}
function diagnosticLines(diagnostics) {
  return bySeverity(diagnostics).map(formatDiagnostic);
}
function mdLocation(at2, fileLink, withColumn = false, side = "head") {
  const text = mdCode(`${at2.file}:${at2.line}${withColumn ? `:${at2.column}` : ""}`);
  const url = fileLink?.(at2, side) ?? null;
  return url === null ? text : `[${text}](${mdUrl(url)})`;
}
function mdDiagnosticItems(diagnostics, fileLink, side = "head") {
  return diagnostics.map(
    (d2) => `- **${d2.severity}** ${mdLocation(d2, fileLink, true, side)} ${mdText(d2.message)} ${mdCode(d2.code)}`
  );
}

// src/render/private-ranges.ts
var PRIVATE_V4 = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16]
];
var PRIVATE_V6 = [
  [0n, 128],
  // ::
  [1n, 128],
  // ::1
  [0xfc00n << 112n, 7],
  // fc00::/7
  [0xfe80n << 112n, 10]
  // fe80::/10
];
function v4(text) {
  return text.split(".").reduce((acc, part) => acc << 8n | BigInt(Number(part)), 0n);
}
function cidrSpan(start, prefix, bits) {
  const size2 = 1n << BigInt(bits - prefix);
  return { start, end: start + size2 - 1n };
}
function merged(spans) {
  spans.sort((a, b3) => a.start < b3.start ? -1 : a.start > b3.start ? 1 : 0);
  const out = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end + 1n) {
      let end = s.end;
      if (last.end > end) end = last.end;
      out[out.length - 1] = { start: last.start, end };
    } else out.push(s);
  }
  return out;
}
var SPANS = {
  4: merged(PRIVATE_V4.map(([a, p2]) => cidrSpan(v4(a), p2, 32))),
  6: merged(PRIVATE_V6.map(([a, p2]) => cidrSpan(a, p2, 128)))
};
function isPrivateRange(range) {
  return SPANS[range.family].some((s) => s.start <= range.start && range.end <= s.end);
}
function isPublicRange(range) {
  return !isPrivateRange(range);
}

// src/render/grouping.ts
function universeOf(graph) {
  const byNamespace = /* @__PURE__ */ new Map();
  for (const w2 of graph.model.workloads) {
    const list2 = byNamespace.get(w2.namespace);
    if (list2) list2.push(w2.id);
    else byNamespace.set(w2.namespace, [w2.id]);
  }
  const sorted = new Map([...byNamespace.entries()].sort(([a], [b3]) => a < b3 ? -1 : 1));
  for (const list2 of sorted.values()) list2.sort();
  return {
    byNamespace: sorted,
    workloadCount: graph.model.workloads.length,
    externals: graph.externals.map((r2) => r2.id),
    publicExternals: new Set(graph.externals.filter(isPublicRange).map((r2) => r2.id))
  };
}
function namespaceOf(id) {
  return parseWorkloadId(id)?.namespace ?? null;
}
function describeEndpoints(ids, universe, maxListed = 5) {
  const byNs = /* @__PURE__ */ new Map();
  const exts = /* @__PURE__ */ new Set();
  for (const id of ids) {
    const ns2 = namespaceOf(id);
    if (ns2 === null) exts.add(id);
    else {
      const list2 = byNs.get(ns2);
      if (list2) list2.push(id);
      else byNs.set(ns2, [id]);
    }
  }
  const covers = (ns2, members) => {
    const all = universe.byNamespace.get(ns2);
    if (!all || all.length !== new Set(members).size) return false;
    const set = new Set(members);
    return all.every((w2) => set.has(w2));
  };
  const nsNames = [...byNs.keys()].sort();
  const everyWorkload = universe.workloadCount > 0 && universe.byNamespace.size === nsNames.length && nsNames.every((ns2) => covers(ns2, byNs.get(ns2)));
  const everyExternal = universe.externals.length > 0 && universe.externals.every((e) => exts.has(e));
  if (everyWorkload && everyExternal) return [{ kind: "anything" }];
  let parts = [];
  if (everyWorkload) parts.push({ kind: "any-workload" });
  else {
    let count = 0;
    for (const ns2 of nsNames) {
      const members = [...new Set(byNs.get(ns2))].sort();
      count += members.length;
      if (covers(ns2, members)) parts.push({ kind: "namespace", namespace: ns2 });
      else if (members.length > maxListed)
        parts.push({ kind: "some-in-namespace", namespace: ns2, count: members.length });
      else for (const id of members) parts.push({ kind: "workload", id });
    }
    if (parts.length > 2 * maxListed) {
      parts = [{ kind: "workloads", count, namespaces: nsNames.length }];
    }
  }
  if (everyExternal) parts.push({ kind: "any-address" });
  else {
    const pub = universe.publicExternals;
    const allPublic = pub.size > 0 && [...pub].every((e) => exts.has(e));
    if (allPublic) parts.push({ kind: "internet" });
    const rest = universe.externals.filter((e) => exts.has(e) && !(allPublic && pub.has(e)));
    const unknown = [...exts].filter((e) => !universe.externals.includes(e)).sort();
    const ranges = [...rest, ...unknown];
    if (ranges.length > maxListed) parts.push({ kind: "ranges", count: ranges.length });
    else for (const id of ranges) parts.push({ kind: "range", id });
  }
  return parts;
}
function formatPart(part, style) {
  const code2 = (s) => style === "markdown" ? mdCode(s) : s;
  const nsWord = style === "markdown" ? "" : "ns ";
  switch (part.kind) {
    case "anything":
      return "anything (every workload, any address)";
    case "any-workload":
      return "any workload";
    case "namespace":
      return style === "markdown" ? `every workload in ${code2(part.namespace)}` : `any workload in ns ${part.namespace}`;
    case "some-in-namespace":
      return `${part.count} workloads in ${nsWord}${code2(part.namespace)}`;
    case "workload":
      return code2(part.id);
    case "workloads":
      return `${part.count} workloads in ${part.namespaces} namespaces`;
    case "any-address":
      return "any address outside the cluster";
    case "internet":
      return "the internet";
    case "range":
      return code2(part.id);
    case "ranges":
      return `${part.count} address ranges`;
    default:
      return assertNever(part, "set part");
  }
}
function formatEndpoints(ids, universe, style, maxListed = 5) {
  const parts = describeEndpoints(ids, universe, maxListed);
  if (parts.length === 0) return "nothing";
  return parts.map((p2) => formatPart(p2, style)).join(", ");
}

// src/render/analyze-text.ts
function graphSummary(graph) {
  const namespaces = new Set(graph.model.workloads.map((w2) => w2.namespace)).size;
  return `${plural(graph.model.workloads.length, "workload")} in ${plural(namespaces, "namespace")}, ${plural(graph.externals.length, "external range")}, ${plural(countFlows(graph), "flow")}`;
}
function renderAnalyzeText(graph, options) {
  const p2 = paint(options.color);
  const universe = universeOf(graph);
  const externals = new Set(graph.externals.map((x3) => x3.id));
  const lines = [p2.bold(`reachability: ${graphSummary(graph)}`), ""];
  for (const g2 of destinationGroups(graph)) {
    const dst = formatEndpoints(g2.dsts, universe, "text", 8);
    switch (g2.status) {
      case "isolated":
        lines.push(
          g2.dsts.every((d2) => externals.has(d2)) ? p2.bold(dst) : `${p2.bold(dst)}  ${p2.cyan("[isolated]")}`,
          "  nothing can reach it"
        );
        break;
      case "unrestricted":
        lines.push(
          `${p2.bold(dst)}  ${p2.yellow("[unrestricted]")}`,
          "  anything can reach it, on every protocol and port"
        );
        break;
      case "restricted":
        lines.push(p2.bold(dst));
        for (const s of g2.sources) {
          lines.push(
            `  \u2190 ${formatEndpoints(s.srcs, universe, "text", 8)}: ${p2.green(formatConns(s.conns))}`
          );
        }
        break;
      default:
        assertNever(g2.status, "destination status");
    }
  }
  const diags = graph.model.diagnostics;
  lines.push("", `diagnostics: ${diagnosticCounts(diags)}`);
  for (const line of diagnosticLines(diags.filter((d2) => d2.severity === "error"))) {
    lines.push(`  ${p2.red(line)}`);
  }
  if (graph.model.incomplete || hasErrors(diags)) {
    lines.push(p2.red("result incomplete: some input could not be used, so flows may be missing"));
  }
  return `${lines.join("\n")}
`;
}

// src/render/analyze-markdown.ts
function renderAnalyzeMarkdown(graph) {
  const universe = universeOf(graph);
  const out = ["## Reachability", "", `${mdText(graphSummary(graph))}.`, ""];
  if (graph.model.incomplete || hasErrors(graph.model.diagnostics)) {
    out.push(
      "> **Result incomplete**: some input could not be used, so flows may be missing (see Diagnostics).",
      ""
    );
  }
  for (const g2 of destinationGroups(graph)) {
    const dst = formatEndpoints(g2.dsts, universe, "markdown", 8);
    switch (g2.status) {
      case "isolated":
        out.push(`### ${dst} \u2014 isolated`, "", "Nothing can reach it.", "");
        break;
      case "unrestricted":
        out.push(
          `### ${dst} \u2014 unrestricted`,
          "",
          "Anything can reach it, on every protocol and port.",
          ""
        );
        break;
      case "restricted":
        out.push(`### ${dst}`, "", "| from | connections |", "| --- | --- |");
        for (const s of g2.sources) {
          out.push(
            `| ${formatEndpoints(s.srcs, universe, "markdown", 8)} | ${mdText(formatConns(s.conns))} |`
          );
        }
        out.push("");
        break;
      default:
        assertNever(g2.status, "destination status");
    }
  }
  const diags = graph.model.diagnostics;
  out.push("## Diagnostics", "", `${diagnosticCounts(diags)}.`, "");
  if (diags.length > 0) out.push(...mdDiagnosticItems(bySeverity(diags)), "");
  return `${out.join("\n").trimEnd()}
`;
}

// src/render/mermaid.ts
function diagramNodes(graph) {
  const idOf = /* @__PURE__ */ new Map();
  const workloads = new Map(graph.model.workloads.map((w2) => [w2.id, w2]));
  const namespaces = /* @__PURE__ */ new Map();
  const externals = [];
  for (const id of endpointIds(graph)) {
    idOf.set(id, `n${idOf.size}`);
    const w2 = workloads.get(id);
    if (!w2) {
      externals.push(id);
      continue;
    }
    const list2 = namespaces.get(w2.namespace) ?? [];
    list2.push({ id, label: `${w2.name}[${w2.kind}]` });
    namespaces.set(w2.namespace, list2);
  }
  const sorted = new Map([...namespaces.entries()].sort(([a], [b3]) => a < b3 ? -1 : 1));
  return { idOf, namespaces: sorted, externals };
}
var MAX_MERMAID_EDGES = 500;
function renderAnalyzeMermaid(graph, maxEdges = MAX_MERMAID_EDGES) {
  let flows = 0;
  for (const _3 of expandFlows(graph)) if (++flows > maxEdges) break;
  return flows > maxEdges ? namespaceMermaid(graph, maxEdges) : workloadMermaid(graph);
}
function workloadMermaid(graph) {
  const nodes = diagramNodes(graph);
  const out = ["flowchart LR"];
  let ns2 = 0;
  for (const [name, members] of nodes.namespaces) {
    out.push(`  subgraph s${ns2++}["${mermaidLabel(name)}"]`);
    for (const m2 of members) out.push(`    ${nodes.idOf.get(m2.id)}["${mermaidLabel(m2.label)}"]`);
    out.push("  end");
  }
  for (const x3 of nodes.externals) out.push(`  ${nodes.idOf.get(x3)}(["${mermaidLabel(x3)}"])`);
  for (const f3 of expandFlows(graph)) {
    out.push(
      `  ${nodes.idOf.get(f3.src)} -->|"${mermaidLabel(formatConns(f3.conns))}"| ${nodes.idOf.get(f3.dst)}`
    );
  }
  return `${out.join("\n")}
`;
}
function namespaceMermaid(graph, maxEdges) {
  const nsOf = new Map(graph.model.workloads.map((w2) => [w2.id, w2.namespace]));
  const place2 = (id) => nsOf.get(id) ?? null;
  const nodes = /* @__PURE__ */ new Map();
  const nodeOf = (id) => {
    const ns2 = place2(id);
    const key = ns2 === null ? `x:${id}` : `n:${ns2}`;
    let n = nodes.get(key);
    if (n === void 0) {
      n = `n${nodes.size}`;
      nodes.set(key, n);
    }
    return n;
  };
  for (const id of endpointIds(graph)) nodeOf(id);
  const edges = /* @__PURE__ */ new Map();
  let total = 0;
  for (const f3 of expandFlows(graph)) {
    total++;
    const key = `${nodeOf(f3.src)} ${nodeOf(f3.dst)}`;
    const e = edges.get(key);
    if (e === void 0) edges.set(key, { conns: f3.conns, count: 1 });
    else edges.set(key, { conns: union(e.conns, f3.conns), count: e.count + 1 });
  }
  const out = [
    "flowchart LR",
    `  %% ${total} flows between workloads, more than ${maxEdges} edges: drawn per namespace (the JSON or dot output has every flow)`
  ];
  for (const [key, n] of nodes) {
    const name = key.slice(2);
    out.push(
      key.startsWith("n:") ? `  ${n}["${mermaidLabel(`namespace ${name}`)}"]` : `  ${n}(["${mermaidLabel(name)}"])`
    );
  }
  for (const [key, e] of edges) {
    const [src, dst] = key.split(" ");
    const flows = e.count === 1 ? "1 flow" : `${e.count} flows`;
    out.push(`  ${src} -->|"${mermaidLabel(`${formatConns(e.conns)} (${flows})`)}"| ${dst}`);
  }
  return `${out.join("\n")}
`;
}

// src/render/dot.ts
function renderAnalyzeDot(graph) {
  const nodes = diagramNodes(graph);
  const out = ["digraph reachability {", "  rankdir=LR;", "  node [shape=box];"];
  let ns2 = 0;
  for (const [name, members] of nodes.namespaces) {
    out.push(`  subgraph cluster_${ns2++} {`, `    label=${dotString(name)};`);
    for (const m2 of members) {
      out.push(`    ${nodes.idOf.get(m2.id)} [label=${dotString(m2.label)}];`);
    }
    out.push("  }");
  }
  for (const x3 of nodes.externals) {
    out.push(`  ${nodes.idOf.get(x3)} [label=${dotString(x3)}, shape=ellipse];`);
  }
  for (const f3 of expandFlows(graph)) {
    out.push(
      `  ${nodes.idOf.get(f3.src)} -> ${nodes.idOf.get(f3.dst)} [label=${dotString(formatConns(f3.conns))}];`
    );
  }
  out.push("}");
  return `${out.join("\n")}
`;
}

// src/cli/io.ts
async function outChunks(io2, chunks) {
  for (const chunk of chunks) {
    if (io2.outAsync) await io2.outAsync(chunk);
    else io2.out(chunk);
  }
}
function useColor(io2, noColorFlag) {
  if (noColorFlag) return false;
  if (io2.env.NO_COLOR !== void 0 && io2.env.NO_COLOR !== "") return false;
  if (io2.env.FORCE_COLOR !== void 0 && io2.env.FORCE_COLOR !== "0") return true;
  return io2.stdoutIsTTY;
}
function printDiagnostics(io2, diagnostics, quiet) {
  for (const d2 of diagnostics) {
    if (quiet && d2.severity !== "error") continue;
    io2.err(`${formatDiagnostic(d2)}
`);
  }
}
function seeAbove(diagnostics, quiet) {
  if (diagnostics.some((d2) => d2.severity === "error")) return "see the errors above";
  if (diagnostics.some((d2) => d2.severity === "warning"))
    return quiet ? "run without --quiet to see why" : "see the warnings above";
  return "see the diagnostics above";
}
function withNewline(text) {
  return text.endsWith("\n") ? text : `${text}
`;
}

// src/cli/load.ts
import { readFile as readFile2 } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";

// src/adapters/fs-source.ts
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
var MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json"];
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git"]);
async function readSources(paths, options) {
  const walker = new Walker(options.cwd);
  for (const given of paths) await walker.visitGiven(given);
  return walker.result();
}
var Walker = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  /**
   * Real path of each file read → how it was reached. A path reached without
   * following a symlink wins, then the smallest path: each file is read once.
   */
  files = /* @__PURE__ */ new Map();
  diagnostics = [];
  async visitGiven(given) {
    const full = path.resolve(this.cwd, given);
    try {
      const info = await stat(full);
      if (info.isDirectory()) {
        await this.walk(full, await realpath(full), false, /* @__PURE__ */ new Set());
      } else if (info.isFile()) {
        await this.read(full, false);
      } else {
        this.unreadable(full, "it is neither a file nor a directory");
      }
    } catch (error) {
      this.unreadable(full, reasonOf(error));
    }
  }
  /** `ancestors`: real paths of the directories above, to stop symlink loops inside the root. */
  async walk(dir, root, viaLink, ancestors) {
    const real = await realpath(dir);
    if (ancestors.has(real)) return;
    const inside = new Set(ancestors).add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      this.unreadable(dir, reasonOf(error));
      return;
    }
    entries.sort((a, b3) => a.name < b3.name ? -1 : a.name > b3.name ? 1 : 0);
    for (const entry of entries) {
      if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await this.walk(full, root, viaLink, inside);
      else if (entry.isFile() && isManifest(entry.name)) await this.read(full, viaLink);
      else if (entry.isSymbolicLink()) await this.followLink(full, root, inside);
    }
  }
  async followLink(link, root, ancestors) {
    let target;
    let isDirectory;
    try {
      target = await realpath(link);
      isDirectory = (await stat(target)).isDirectory();
    } catch (error) {
      if (isManifest(link)) this.unreadable(link, reasonOf(error));
      return;
    }
    if (!isDirectory && !isManifest(link)) return;
    if (target !== root && !target.startsWith(root + path.sep)) {
      const message = "This symlink leads outside the directory being analyzed, so it was not followed. Copy the manifests into the tree, or name the target path explicitly, if they should be analyzed.";
      this.diagnostics.push(diagnostic("warning", "symlink-outside-root", message, this.at(link)));
      return;
    }
    if (isDirectory) await this.walk(link, root, true, ancestors);
    else await this.read(link, true);
  }
  async read(full, viaLink) {
    try {
      const real = await realpath(full);
      const file = { path: this.relative(full), text: await readFile(full, "utf8") };
      const seen = this.files.get(real);
      const better = seen === void 0 || seen.viaLink && !viaLink || seen.viaLink === viaLink && file.path < seen.file.path;
      if (better) this.files.set(real, { file, viaLink });
    } catch (error) {
      this.unreadable(full, reasonOf(error));
    }
  }
  unreadable(full, reason) {
    const message = `Cannot read ${this.relative(full)}: ${reason}. Check the path and its permissions.`;
    this.diagnostics.push(diagnostic("error", "unreadable-path", message, this.at(full)));
  }
  at(full) {
    return { file: this.relative(full), line: 1, column: 1 };
  }
  relative(full) {
    return path.relative(this.cwd, full).split(path.sep).join("/") || ".";
  }
  result() {
    const files = [...this.files.values()].map((seen) => seen.file);
    files.sort((a, b3) => a.path < b3.path ? -1 : a.path > b3.path ? 1 : 0);
    return { files, diagnostics: [...this.diagnostics].sort(compareDiagnostics) };
  }
};
function isManifest(name) {
  const lower = name.toLowerCase();
  return MANIFEST_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
function reasonOf(error) {
  const code2 = error?.code;
  if (code2 === "ENOENT") return "no such file or directory";
  if (code2 === "EACCES" || code2 === "EPERM") return "permission denied";
  if (code2 === "ENOTDIR") return "a parent is not a directory";
  return typeof code2 === "string" ? code2 : String(error);
}

// src/model/cidr.ts
function familyBits(family) {
  return family === 4 ? 32 : 128;
}
function parseIpv4(text) {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^[0-9]{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value << 8n | BigInt(n);
  }
  return value;
}
function parseIpv6(text) {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return null;
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (part) => {
    if (part === "") return [];
    const out = [];
    const items = part.split(":");
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (i === items.length - 1 && item.includes(".")) {
        const v42 = parseIpv4(item);
        if (v42 === null) return null;
        out.push(Number(v42 >> 16n), Number(v42 & 0xffffn));
        continue;
      }
      if (!/^[0-9A-Fa-f]{1,4}$/.test(item)) return null;
      out.push(Number.parseInt(item, 16));
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (head === null || tail === null) return null;
  let all;
  if (halves.length === 2) {
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return null;
    all = [...head, ...new Array(missing).fill(0), ...tail];
  } else {
    all = head;
  }
  if (all.length !== 8) return null;
  return all.reduce((acc, g2) => acc << 16n | BigInt(g2), 0n);
}
function parseIp(text) {
  if (text.includes(":")) {
    const value2 = parseIpv6(text);
    return value2 === null ? null : { family: 6, value: value2 };
  }
  const value = parseIpv4(text);
  return value === null ? null : { family: 4, value };
}
function parseCidr(text) {
  const slash = text.indexOf("/");
  if (slash < 0) return null;
  const ip = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (ip === null || !/^[0-9]{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  const bits = familyBits(ip.family);
  if (prefix > bits) return null;
  const address = ip.value & prefixMask(ip.family, prefix);
  const octets = text.slice(0, slash).split(/[:.]/).slice(ip.family === 4 ? 0 : -4);
  const leadingZeros = /^0[0-9]/.test(prefixText) || text.includes(".") && octets.some((o2) => /^0[0-9]/.test(o2));
  return { family: ip.family, address, prefix, hostBitsSet: address !== ip.value, leadingZeros };
}
function prefixMask(family, prefix) {
  const bits = BigInt(familyBits(family));
  const all = (1n << bits) - 1n;
  return all ^ (1n << bits - BigInt(prefix)) - 1n;
}
function cidrRange(cidr) {
  const hostBits = BigInt(familyBits(cidr.family) - cidr.prefix);
  return { family: cidr.family, start: cidr.address, end: cidr.address + (1n << hostBits) - 1n };
}
function isStrictSubset(inner, outer) {
  if (inner.family !== outer.family || inner.prefix <= outer.prefix) return false;
  const o2 = cidrRange(outer);
  return inner.address >= o2.start && inner.address <= o2.end;
}
function formatCidr(cidr) {
  return `${formatIp({ family: cidr.family, value: cidr.address })}/${cidr.prefix}`;
}
function formatIp(ip) {
  if (ip.family === 4) {
    return [24n, 16n, 8n, 0n].map((s) => String(ip.value >> s & 0xffn)).join(".");
  }
  const groups = [];
  for (let i = 7; i >= 0; i--) groups.push(Number(ip.value >> BigInt(i * 16) & 0xffffn));
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j3 = i;
    while (j3 < 8 && groups[j3] === 0) j3++;
    if (j3 - i > bestLen) {
      bestStart = i;
      bestLen = j3 - i;
    }
    i = j3;
  }
  const hex = groups.map((g2) => g2.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLen).join(":")}`;
}
function normalizeIpRanges(ranges) {
  const sorted = [...ranges].sort(compareIpRanges);
  const out = [];
  for (const r2 of sorted) {
    const last = out[out.length - 1];
    if (last && last.family === r2.family && r2.start <= last.end + 1n) {
      if (r2.end > last.end) out[out.length - 1] = { ...last, end: r2.end };
    } else {
      out.push(r2);
    }
  }
  return out;
}
function compareIpRanges(a, b3) {
  if (a.family !== b3.family) return a.family - b3.family;
  if (a.start !== b3.start) return a.start < b3.start ? -1 : 1;
  return a.end === b3.end ? 0 : a.end < b3.end ? -1 : 1;
}
function subtractIpRanges(base, remove) {
  let current = normalizeIpRanges(base);
  for (const cut of normalizeIpRanges(remove)) {
    const next = [];
    for (const r2 of current) {
      if (r2.family !== cut.family || cut.end < r2.start || cut.start > r2.end) {
        next.push(r2);
        continue;
      }
      if (cut.start > r2.start) next.push({ ...r2, end: cut.start - 1n });
      if (cut.end < r2.end) next.push({ ...r2, start: cut.end + 1n });
    }
    current = next;
  }
  return current;
}
function ipRangesOverlap(a, b3) {
  return a.family === b3.family && a.start <= b3.end && b3.start <= a.end;
}

// src/model/object-context.ts
var ObjectContext = class {
  constructor(resource) {
    this.resource = resource;
  }
  resource;
  diagnostics = [];
  errors = 0;
  report(severity, code2, message, path4) {
    if (severity === "error") this.errors++;
    this.diagnostics.push(diagnostic(severity, code2, message, this.resource.locate(path4)));
  }
  error(code2, message, path4) {
    this.report("error", code2, message, path4);
  }
  warn(code2, message, path4) {
    this.report("warning", code2, message, path4);
  }
};
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function valueAt(root, path4) {
  let cur = root;
  for (const key of path4) {
    if (typeof key === "number") cur = Array.isArray(cur) ? cur[key] : void 0;
    else cur = isObject(cur) ? cur[key] : void 0;
    if (cur === void 0 || cur === null) return void 0;
  }
  return cur;
}
function formatPath(path4) {
  let out = "";
  for (const key of path4) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? key : `.${key}`;
  }
  return out === "" ? "(object)" : out;
}
function stringMap(value) {
  const out = {};
  if (!isObject(value)) return out;
  for (const key of Object.keys(value).sort()) {
    const v2 = value[key];
    if (typeof v2 === "string") out[key] = v2;
    else if (v2 === null) out[key] = "";
  }
  return out;
}

// src/model/duplicates.ts
var Duplicates = class {
  seen = /* @__PURE__ */ new Map();
  /**
   * Reports `resource` if an earlier copy exists, in a context of its own (the
   * duplicate error must not make this copy "rejected"). Returns whether to analyze it.
   */
  check(resource, key) {
    const earlier = this.seen.get(key);
    if (earlier === void 0) {
      this.seen.set(key, { resource, accepted: false });
      return { analyze: true, report: null };
    }
    const ctx = new ObjectContext(resource);
    const at2 = earlier.resource.locate([]);
    const where = `${at2.file}:${at2.line}`;
    const what = `${resource.kind} ${resource.name}`;
    if (sameValue(earlier.resource.object, resource.object)) {
      ctx.warn(
        "duplicate-object",
        `${what} is defined again, identically (first at ${where}); this copy is ignored. Remove one of them.`,
        []
      );
      return { analyze: false, report: ctx };
    }
    const analyzed = earlier.accepted ? `reachdiff analyzed the one at ${where}` : `the one at ${where} is rejected, so reachdiff analyzed this one`;
    ctx.error(
      "duplicate-object",
      `${what} has two different definitions (the other at ${where}); which one the cluster gets depends on apply order, so ${analyzed} and the result is incomplete. Keep one.`,
      []
    );
    if (earlier.accepted) return { analyze: false, report: ctx };
    this.seen.set(key, { resource, accepted: false });
    return { analyze: true, report: ctx };
  }
  /** `resource` (the copy last allowed by `check`) made it into the model. */
  accept(key) {
    const entry = this.seen.get(key);
    if (entry !== void 0) entry.accepted = true;
  }
};
function sameValue(a, b3) {
  if (a === b3) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b3) && a.length === b3.length && a.every((x3, i) => sameValue(x3, b3[i]));
  }
  if (!isObject(a) || !isObject(b3)) return false;
  const keys2 = Object.keys(a);
  return keys2.length === Object.keys(b3).length && keys2.every((k2) => Object.hasOwn(b3, k2) && sameValue(a[k2], b3[k2]));
}

// src/model/api-kinds.ts
var v1 = { served: ["v1"] };
var API_GROUPS = {
  "": {
    complete: true,
    kinds: Object.fromEntries(
      [
        "Binding",
        "ComponentStatus",
        "ConfigMap",
        "Endpoints",
        "Event",
        "LimitRange",
        "List",
        "Namespace",
        "Node",
        "PersistentVolume",
        "PersistentVolumeClaim",
        "Pod",
        "PodTemplate",
        "ReplicationController",
        "ResourceQuota",
        "Secret",
        "Service",
        "ServiceAccount"
      ].map((k2) => [k2, v1])
    )
  },
  apps: {
    complete: true,
    kinds: {
      Deployment: { served: ["v1"], removed: { v1beta1: "1.16", v1beta2: "1.16" } },
      StatefulSet: { served: ["v1"], removed: { v1beta1: "1.16", v1beta2: "1.16" } },
      DaemonSet: { served: ["v1"], removed: { v1beta2: "1.16" } },
      ReplicaSet: { served: ["v1"], removed: { v1beta2: "1.16" } },
      ControllerRevision: { served: ["v1"], removed: { v1beta1: "1.16", v1beta2: "1.16" } }
    }
  },
  // Nothing in extensions is served since Kubernetes 1.22.
  extensions: {
    complete: true,
    kinds: {
      Deployment: { served: [], removed: { v1beta1: "1.16" } },
      DaemonSet: { served: [], removed: { v1beta1: "1.16" } },
      ReplicaSet: { served: [], removed: { v1beta1: "1.16" } },
      NetworkPolicy: { served: [], removed: { v1beta1: "1.16" } },
      PodSecurityPolicy: { served: [], removed: { v1beta1: "1.16" } },
      Ingress: { served: [], removed: { v1beta1: "1.22" } }
    }
  },
  batch: {
    complete: true,
    kinds: {
      Job: v1,
      CronJob: { served: ["v1"], removed: { v1beta1: "1.25", v2alpha1: "1.21" } }
    }
  },
  "networking.k8s.io": {
    complete: true,
    kinds: {
      NetworkPolicy: v1,
      Ingress: { served: ["v1"], removed: { v1beta1: "1.22" } },
      IngressClass: { served: ["v1"], removed: { v1beta1: "1.22" } },
      IPAddress: { served: ["v1", "v1beta1"] },
      ServiceCIDR: { served: ["v1", "v1beta1"] }
    }
  },
  "policy.networking.k8s.io": {
    complete: true,
    kinds: {
      AdminNetworkPolicy: { served: ["v1alpha1"] },
      BaselineAdminNetworkPolicy: { served: ["v1alpha1"] },
      ClusterNetworkPolicy: { served: ["v1alpha2"] }
    }
  },
  "argoproj.io": {
    complete: false,
    kinds: { Rollout: { served: ["v1alpha1"] } }
  }
};
function apiVersionOf(group, version) {
  return group === "" ? version : `${group}/${version}`;
}

// src/model/did-you-mean.ts
function editDistance(a, b3) {
  const prev = Array.from({ length: b3.length + 1 }, (_3, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j3 = 1; j3 <= b3.length; j3++) {
      const up = prev[j3];
      prev[j3] = Math.min(up + 1, prev[j3 - 1] + 1, diag + (a[i - 1] === b3[j3 - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b3.length];
}
function didYouMean(word, candidates) {
  const lower = word.toLowerCase();
  const exact = candidates.find((c3) => c3.toLowerCase() === lower);
  if (exact !== void 0) return exact;
  let best = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  for (const c3 of [...candidates].sort()) {
    const d2 = editDistance(lower, c3.toLowerCase());
    if (d2 <= limit && d2 < bestDistance) {
      best = c3;
      bestDistance = d2;
    }
  }
  return best;
}

// src/model/workloads.ts
var WORKLOAD_GROUPS = {
  Pod: [""],
  ReplicationController: [""],
  Deployment: ["apps"],
  ReplicaSet: ["apps"],
  StatefulSet: ["apps"],
  DaemonSet: ["apps"],
  Job: ["batch"],
  CronJob: ["batch"],
  Rollout: ["argoproj.io"]
};
function apiGroup(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
function isWorkloadKind(resource) {
  return WORKLOAD_GROUPS[resource.kind]?.includes(apiGroup(resource.apiVersion)) ?? false;
}
function podTemplatePath(kind) {
  switch (kind) {
    case "Pod":
      return [];
    case "CronJob":
      return ["spec", "jobTemplate", "spec", "template"];
    default:
      return ["spec", "template"];
  }
}
function readPodTemplate(object2, path4) {
  const template = valueAt(object2, path4) ?? (path4.length === 0 ? object2 : void 0);
  if (!isObject(template)) return null;
  const spec = isObject(template.spec) ? template.spec : {};
  const labels = stringMap(isObject(template.metadata) ? template.metadata.labels : void 0);
  const ports = [];
  const collect2 = (containers, sidecarsOnly) => {
    if (!Array.isArray(containers)) return;
    for (const c3 of containers) {
      if (!isObject(c3) || sidecarsOnly && c3.restartPolicy !== "Always") continue;
      if (Array.isArray(c3.ports)) for (const p2 of c3.ports) addPort2(ports, p2);
    }
  };
  collect2(spec.containers, false);
  collect2(spec.initContainers, true);
  return { labels, ports: sortPorts(ports), hostNetwork: spec.hostNetwork === true };
}
function addPort2(out, p2) {
  if (!isObject(p2) || typeof p2.containerPort !== "number" || !Number.isInteger(p2.containerPort))
    return;
  if (p2.containerPort < 1 || p2.containerPort > 65535) return;
  const protocol = p2.protocol === void 0 || p2.protocol === null ? "TCP" : PROTOCOLS.find((x3) => x3 === p2.protocol);
  if (protocol === void 0) return;
  out.push({
    name: typeof p2.name === "string" && p2.name !== "" ? p2.name : null,
    port: p2.containerPort,
    protocol
  });
}
function sortPorts(ports) {
  const seen = /* @__PURE__ */ new Map();
  for (const p2 of ports)
    seen.set(`${p2.protocol}/${String(p2.port).padStart(5, "0")}/${p2.name ?? ""}`, p2);
  return [...seen.entries()].sort((a, b3) => a[0] < b3[0] ? -1 : a[0] > b3[0] ? 1 : 0).map(([, p2]) => p2);
}

// src/model/kinds.ts
var UNSUPPORTED_KINDS = /* @__PURE__ */ new Set([
  "GlobalNetworkPolicy",
  "StagedNetworkPolicy",
  "StagedGlobalNetworkPolicy",
  "StagedKubernetesNetworkPolicy",
  "CiliumNetworkPolicy",
  "CiliumClusterwideNetworkPolicy",
  "AdminNetworkPolicy",
  "BaselineAdminNetworkPolicy",
  "ClusterNetworkPolicy"
]);
var NETWORK_POLICY_VERSIONS = ["networking.k8s.io/v1", "extensions/v1beta1"];
function classifyResource(resource) {
  const group = apiGroup(resource.apiVersion);
  if (resource.kind === "NetworkPolicy") {
    if (resource.apiVersion === "networking.k8s.io/v1") {
      return {
        kind: "network-policy",
        namespaced: true,
        identity: "NetworkPolicy",
        deprecated: false
      };
    }
    if (resource.apiVersion === "extensions/v1beta1") {
      return {
        kind: "network-policy",
        namespaced: true,
        identity: "NetworkPolicy",
        deprecated: true
      };
    }
    if (group.endsWith("projectcalico.org")) return { kind: "unsupported" };
    const guess = didYouMean(resource.apiVersion, NETWORK_POLICY_VERSIONS) ?? "networking.k8s.io/v1";
    return {
      kind: "reject",
      code: "unknown-api-version",
      field: "apiVersion",
      message: `apiVersion "${resource.apiVersion}" has no NetworkPolicy kind, so the API server would reject it; did you mean "${guess}"?`
    };
  }
  if (UNSUPPORTED_KINDS.has(resource.kind)) return { kind: "unsupported" };
  if (group === "kustomize.config.k8s.io") return { kind: "kustomization" };
  const problem = apiProblem(resource, group);
  if (problem !== null) return problem;
  if (resource.kind === "Namespace" && resource.apiVersion === "v1") {
    return { kind: "namespace", namespaced: false, identity: "Namespace" };
  }
  if (isWorkloadKind(resource))
    return { kind: "workload", namespaced: true, identity: resource.kind };
  return { kind: "skip" };
}
function servedAt(kind) {
  for (const [group, { kinds }] of Object.entries(API_GROUPS)) {
    const version = kinds[kind]?.served[0];
    if (version !== void 0) return apiVersionOf(group, version);
  }
  return null;
}
function apiProblem(resource, group) {
  const known = API_GROUPS[group];
  if (known === void 0) return null;
  const { apiVersion, kind } = resource;
  const version = apiVersion.slice(apiVersion.indexOf("/") + 1);
  const versions = known.kinds[kind];
  if (versions !== void 0) {
    if (versions.served.includes(version)) return null;
    const removedIn = versions.removed?.[version];
    const use = servedAt(kind);
    const fix = use === null ? `${kind} is no longer part of Kubernetes; remove it` : `change apiVersion to ${use}`;
    if (removedIn !== void 0) {
      return {
        kind: "reject",
        code: "removed-api-version",
        field: "apiVersion",
        message: `${apiVersion} ${kind} is no longer served (removed in Kubernetes ${removedIn}), so the API server rejects it; ${fix}.`
      };
    }
    return {
      kind: "reject",
      code: "unknown-api-version",
      field: "apiVersion",
      message: `apiVersion "${apiVersion}" has no ${kind} kind, so the API server rejects it; ${fix}.`
    };
  }
  if (kind.endsWith("List") && known.kinds[kind.slice(0, -4)] !== void 0) return null;
  const elsewhere = servedAt(kind);
  if (elsewhere !== null) {
    return {
      kind: "reject",
      code: "unknown-kind",
      field: "apiVersion",
      message: `${kind} is not in ${apiVersion} but in ${elsewhere}, so the API server rejects it; change apiVersion to ${elsewhere}.`
    };
  }
  const guess = didYouMean(kind, Object.keys(known.kinds));
  if (guess === null && !known.complete) return null;
  const hint = guess !== null ? `did you mean "${guess}"? Kinds are case-sensitive.` : "check the spelling (kinds are case-sensitive, singular and CamelCase).";
  return {
    kind: "reject",
    code: "unknown-kind",
    field: "kind",
    message: `${apiVersion} has no kind "${kind}", so the API server rejects it and reachdiff leaves it out; ${hint}`
  };
}

// src/model/validate-names.ts
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
function dns1123SubdomainProblem(name) {
  if (name.length > 253) return "must be no more than 253 characters";
  if (!DNS1123_SUBDOMAIN.test(name)) {
    return "must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
  }
  return null;
}
function dns1123LabelProblem(name) {
  if (name.length > 63) return "must be no more than 63 characters";
  if (!DNS1123_LABEL.test(name)) {
    return "must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
  }
  return null;
}
function labelKeyProblem(key) {
  const parts = key.split("/");
  let name = key;
  if (parts.length === 2) {
    const prefix = parts[0];
    name = parts[1];
    if (prefix.length === 0) return "prefix part must be non-empty";
    const p2 = dns1123SubdomainProblem(prefix);
    if (p2 !== null) return `prefix part ${p2}`;
  } else if (parts.length > 2) {
    return "may contain at most one '/'";
  }
  if (name.length === 0) return "name part must be non-empty";
  if (name.length > 63) return "name part must be no more than 63 characters";
  if (!QUALIFIED_NAME.test(name)) {
    return "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }
  return null;
}
function labelValueProblem(value) {
  if (value.length > 63) return "must be no more than 63 characters";
  if (!LABEL_VALUE.test(value)) {
    return "must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }
  return null;
}
function portNameProblem(name) {
  if (name.length > 15) return "must be no more than 15 characters";
  if (!/^[-a-z0-9]+$/.test(name)) return "must contain only lower-case letters, digits and '-'";
  if (name.includes("--")) return "must not contain consecutive hyphens";
  if (name.startsWith("-") || name.endsWith("-")) return "must not begin or end with a hyphen";
  if (!/[a-z]/.test(name)) return "must contain at least one letter";
  return null;
}

// src/model/labels.ts
function describeValue(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}
function warnNullValue(ctx, path4) {
  const key = path4[path4.length - 1];
  const name = typeof key === "number" ? formatPath(path4.slice(-2)) : String(key);
  ctx.warn(
    "null-value",
    `${name}: is empty (null); Kubernetes reads it as "" on create, but kubectl apply to an existing object deletes the key. Write the value in quotes, or remove the key.`,
    path4
  );
}
function readLabels(ctx, value, path4) {
  const out = {};
  if (value === void 0 || value === null) return out;
  if (!isObject(value)) {
    ctx.error(
      "invalid-label",
      `${formatPath(path4)} must be a mapping of label keys to string values, not ${describeValue(value)}.`,
      path4
    );
    return out;
  }
  for (const key of Object.keys(value).sort()) {
    const v2 = value[key];
    const at2 = [...path4, key];
    const keyProblem = labelKeyProblem(key);
    if (keyProblem !== null)
      ctx.error("invalid-label", `label key "${key}" ${keyProblem}; rename the label.`, at2);
    if (v2 === null) {
      warnNullValue(ctx, at2);
      out[key] = "";
      continue;
    }
    if (typeof v2 !== "string") {
      ctx.error(
        "invalid-label",
        `label ${key} must be a string, not ${describeValue(v2)}, so the API server rejects the object; quote it: "${String(typeof v2 === "object" ? JSON.stringify(v2) : v2)}".`,
        at2
      );
      continue;
    }
    const valueProblem = labelValueProblem(v2);
    if (valueProblem !== null) {
      ctx.error(
        "invalid-label",
        `label value "${v2}" of "${key}" ${valueProblem}; change the value.`,
        at2
      );
    }
    out[key] = v2;
  }
  return out;
}

// src/model/selector.ts
var OPERATORS = ["In", "NotIn", "Exists", "DoesNotExist"];
var MATCH_ALL = { matchLabels: {}, matchExpressions: [] };
function readSelector(ctx, value, path4) {
  if (!isObject(value)) return MATCH_ALL;
  const matchLabels = {};
  const labels = value.matchLabels;
  if (isObject(labels)) {
    for (const key of Object.keys(labels).sort()) {
      const v2 = labels[key];
      const at2 = [...path4, "matchLabels", key];
      const keyProblem = labelKeyProblem(key);
      if (keyProblem !== null)
        ctx.error("invalid-selector", `label key "${key}" ${keyProblem}.`, at2);
      if (v2 === null) {
        warnNullValue(ctx, at2);
        matchLabels[key] = "";
        continue;
      }
      if (typeof v2 !== "string") continue;
      const valueProblem = labelValueProblem(v2);
      if (valueProblem !== null) {
        ctx.error("invalid-selector", `label value "${v2}" of "${key}" ${valueProblem}.`, at2);
      }
      matchLabels[key] = v2;
    }
  }
  const matchExpressions = [];
  const exprs = value.matchExpressions;
  if (Array.isArray(exprs)) {
    exprs.forEach((expr, i) => {
      const req = readRequirement(ctx, expr, [...path4, "matchExpressions", i]);
      if (req !== null) matchExpressions.push(req);
    });
  }
  return { matchLabels, matchExpressions };
}
function readRequirement(ctx, value, path4) {
  if (!isObject(value)) return null;
  const key = typeof value.key === "string" ? value.key : "";
  const keyProblem = labelKeyProblem(key);
  if (keyProblem !== null) {
    const msg = key === "" ? "a selector requirement needs a key." : `label key "${key}" ${keyProblem}.`;
    ctx.error("invalid-selector", msg, value.key === void 0 ? path4 : [...path4, "key"]);
  }
  const op = value.operator;
  const operator = OPERATORS.find((o2) => o2 === op);
  if (operator === void 0) {
    const near = typeof op === "string" ? OPERATORS.find((o2) => o2.toLowerCase() === op.toLowerCase()) : void 0;
    const hint = near !== void 0 ? ` Operators are case-sensitive: write "${near}".` : "";
    ctx.error(
      "invalid-selector",
      `operator ${JSON.stringify(op ?? null)} is not one of In, NotIn, Exists, DoesNotExist.${hint}`,
      op === void 0 ? path4 : [...path4, "operator"]
    );
  }
  const values = [];
  if (Array.isArray(value.values)) {
    value.values.forEach((v2, i) => {
      if (v2 === null) {
        warnNullValue(ctx, [...path4, "values", i]);
        values.push("");
      } else if (typeof v2 === "string") values.push(v2);
    });
  }
  const valuesPath = value.values === void 0 ? path4 : [...path4, "values"];
  if ((operator === "In" || operator === "NotIn") && values.length === 0) {
    ctx.error(
      "invalid-selector",
      `operator ${operator} needs at least one value in "values".`,
      valuesPath
    );
  }
  if ((operator === "Exists" || operator === "DoesNotExist") && values.length > 0) {
    ctx.error(
      "invalid-selector",
      `operator ${operator} takes no "values"; remove them.`,
      valuesPath
    );
  }
  values.forEach((v2, i) => {
    const problem = labelValueProblem(v2);
    if (problem !== null)
      ctx.error("invalid-selector", `value "${v2}" ${problem}.`, [...path4, "values", i]);
  });
  if (operator === void 0) return null;
  return { key, operator, values: [...new Set(values)].sort() };
}
function selectorMatches(selector2, labels) {
  for (const [k2, v2] of Object.entries(selector2.matchLabels)) {
    if (labels[k2] !== v2) return false;
  }
  return selector2.matchExpressions.every((req) => {
    const has = Object.hasOwn(labels, req.key);
    const value = labels[req.key];
    switch (req.operator) {
      case "In":
        return has && value !== void 0 && req.values.includes(value);
      case "NotIn":
        return !has || value === void 0 || !req.values.includes(value);
      case "Exists":
        return has;
      case "DoesNotExist":
        return !has;
      default:
        return assertNever(req.operator, "selector operator");
    }
  });
}

// src/model/lint-workloads.ts
var SELECTOR_KINDS = /* @__PURE__ */ new Set(["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job"]);
function validateWorkload(ctx) {
  const before = ctx.errors;
  validateObjectMeta(ctx, "workload");
  const template = podTemplatePath(ctx.resource.kind);
  if (template.length > 0) {
    const path4 = [...template, "metadata", "labels"];
    readLabels(ctx, valueAt(ctx.resource.object, path4), path4);
  }
  const spec = valueAt(ctx.resource.object, [...template, "spec"]);
  if (isObject(spec)) {
    validateContainers(ctx, spec.containers, [...template, "spec", "containers"]);
    validateContainers(ctx, spec.initContainers, [...template, "spec", "initContainers"]);
  }
  validateSelector(ctx, template);
  return ctx.errors === before;
}
function validateObjectMeta(ctx, what) {
  const { resource } = ctx;
  const problem = what === "namespace" ? dns1123LabelProblem(resource.name) : dns1123SubdomainProblem(resource.name);
  if (problem !== null) {
    ctx.error(
      "invalid-name",
      `metadata.name "${resource.name}" ${problem}, so the API server rejects the ${resource.kind}; rename it, e.g. "${suggestDnsName(resource.name)}".`,
      ["metadata", "name"]
    );
  }
  if (what === "workload" && resource.namespace !== null) {
    const nsProblem = dns1123LabelProblem(resource.namespace);
    if (nsProblem !== null) {
      ctx.error(
        "invalid-name",
        `namespace "${resource.namespace}" ${nsProblem}, so the API server rejects the ${resource.kind}; rename it, e.g. "${suggestDnsName(resource.namespace)}".`,
        ["metadata", "namespace"]
      );
    }
  }
  const metadata = resource.object.metadata;
  readLabels(ctx, isObject(metadata) ? metadata.labels : void 0, ["metadata", "labels"]);
}
function suggestDnsName(name) {
  const cleaned = name.toLowerCase().replace(/[^-a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63).replace(/-+$/, "");
  return cleaned === "" ? "name" : cleaned;
}
function validateContainers(ctx, containers, path4) {
  if (!Array.isArray(containers)) return;
  containers.forEach((c3, i) => {
    if (!isObject(c3) || !Array.isArray(c3.ports)) return;
    const names2 = /* @__PURE__ */ new Map();
    c3.ports.forEach((p2, j3) => {
      if (!isObject(p2)) return;
      const at2 = [...path4, i, "ports", j3];
      const what = `container "${typeof c3.name === "string" ? c3.name : i}" (${formatPath(at2)})`;
      const dropped = "the API server rejects the object, so it is left out";
      const port2 = p2.containerPort;
      if (typeof port2 !== "number" || !Number.isInteger(port2) || port2 < 1 || port2 > 65535) {
        const problem2 = port2 === void 0 ? `containerPort is missing in ${what}` : `containerPort ${JSON.stringify(port2)} of ${what} is not a port number 1-65535`;
        ctx.error(
          "invalid-port",
          `${problem2} (${dropped}). Write the port the container listens on.`,
          port2 === void 0 ? at2 : [...at2, "containerPort"]
        );
      }
      const protocol = p2.protocol;
      if (protocol !== void 0 && protocol !== null && !PROTOCOLS.some((x3) => x3 === protocol)) {
        const upper = typeof protocol === "string" ? protocol.toUpperCase() : "";
        const hint = PROTOCOLS.some((x3) => x3 === upper) ? ` Protocols are case-sensitive: write "${upper}".` : "";
        ctx.error(
          "invalid-protocol",
          `protocol ${JSON.stringify(protocol)} of ${what} is not one of TCP, UDP, SCTP (${dropped}).${hint}`,
          [...at2, "protocol"]
        );
      }
      if (typeof p2.name !== "string" || p2.name === "") return;
      const problem = portNameProblem(p2.name);
      if (problem !== null) {
        ctx.error(
          "invalid-name",
          `port name "${p2.name}" of ${what} ${problem} (IANA_SVC_NAME); the API server rejects the object, so it is left out. Rename it, e.g. "${suggestName(p2.name)}".`,
          [...at2, "name"]
        );
      }
      const first = names2.get(p2.name);
      if (first !== void 0) {
        ctx.error(
          "invalid-name",
          `port name "${p2.name}" is used twice in container "${typeof c3.name === "string" ? c3.name : i}" (also ports[${first}]); the API server rejects duplicate names within a container, so the object is left out. Give each port its own name.`,
          [...at2, "name"]
        );
      } else names2.set(p2.name, j3);
    });
  });
}
function suggestName(name) {
  const cleaned = name.toLowerCase().replace(/[^-a-z0-9]+/g, "-").replace(/-+/g, "-").replace(/^-|-$/g, "").slice(0, 15).replace(/-$/, "");
  return /[a-z]/.test(cleaned) ? cleaned : `port-${cleaned}`.slice(0, 15).replace(/-$/, "");
}
function validateSelector(ctx, template) {
  const { resource } = ctx;
  if (!SELECTOR_KINDS.has(resource.kind)) return true;
  const group = apiGroup(resource.apiVersion);
  const raw = valueAt(resource.object, ["spec", "selector"]);
  if (raw === void 0) {
    if (group !== "apps") return true;
    ctx.error(
      "missing-field",
      `${resource.kind} ${resource.name} has no spec.selector, which apps/v1 requires, so the API server rejects it; it is left out. Add spec.selector.matchLabels with the template's labels.`,
      ["spec"]
    );
    return false;
  }
  const before = ctx.errors;
  const matchLabels = isObject(raw) ? raw.matchLabels : void 0;
  if (isObject(matchLabels)) {
    for (const [key, v2] of Object.entries(matchLabels)) {
      if (typeof v2 === "string" || v2 === null) continue;
      ctx.error(
        "invalid-selector",
        `spec.selector.matchLabels.${key} must be a string, not ${describeValue(v2)}; quote it: "${String(typeof v2 === "object" ? JSON.stringify(v2) : v2)}".`,
        ["spec", "selector", "matchLabels", key]
      );
    }
  }
  const selector2 = readSelector(ctx, raw, ["spec", "selector"]);
  if (ctx.errors > before) return false;
  const labels = stringMap(valueAt(resource.object, [...template, "metadata", "labels"]));
  const empty = Object.keys(selector2.matchLabels).length + selector2.matchExpressions.length === 0;
  if (empty && group === "apps") {
    ctx.error(
      "invalid-selector",
      `spec.selector of ${resource.kind} ${resource.name} is empty, which the API server rejects; it is left out. Select the template's labels with spec.selector.matchLabels.`,
      ["spec", "selector"]
    );
    return false;
  }
  if (selectorMatches(selector2, labels)) return true;
  ctx.error(
    "invalid-selector",
    `spec.selector does not match template labels (${formatPath([...template, "metadata", "labels"])}) of ${resource.kind} ${resource.name}; the API server rejects it, so it is left out. Make spec.selector select the template's labels.`,
    ["spec", "selector"]
  );
  return false;
}

// src/model/namespaces.ts
var NAMESPACE_NAME_LABEL2 = "kubernetes.io/metadata.name";
function readNamespace(resource) {
  const metadata = isObject(resource.object.metadata) ? resource.object.metadata : {};
  const labels = { ...stringMap(metadata.labels), [NAMESPACE_NAME_LABEL2]: resource.name };
  return {
    name: resource.name,
    labels: sortLabels(labels),
    declared: true,
    origin: resource.locate([])
  };
}
function compareUsers(a, b3) {
  if (a.file !== b3.file) return a.file < b3.file ? -1 : 1;
  return a.order[0] - b3.order[0] || a.order[1] - b3.order[1];
}
function synthesizeNamespaces(declared, users) {
  const byName = new Map(declared.map((n) => [n.name, n]));
  const firstUser = /* @__PURE__ */ new Map();
  for (const user of users) {
    if (byName.has(user.namespace)) continue;
    const seen = firstUser.get(user.namespace);
    if (seen === void 0 || compareUsers(user, seen) < 0) firstUser.set(user.namespace, user);
  }
  const firstUse = new Map([...firstUser].map(([name, user]) => [name, user.at()]));
  const diagnostics = [];
  for (const [name, at2] of firstUse) {
    byName.set(name, {
      name,
      labels: { [NAMESPACE_NAME_LABEL2]: name },
      declared: false,
      origin: null
    });
    diagnostics.push(
      diagnostic(
        "warning",
        "namespace-synthesized",
        `namespace "${name}" is used but not declared; assuming it has only the label ${NAMESPACE_NAME_LABEL2}=${name}. Add its Namespace manifest so namespaceSelectors are evaluated against its real labels.`,
        at2
      )
    );
  }
  const namespaces = [...byName.values()].sort(
    (a, b3) => a.name < b3.name ? -1 : a.name > b3.name ? 1 : 0
  );
  return { namespaces, diagnostics };
}
function sortLabels(labels) {
  return Object.fromEntries(Object.entries(labels).sort(([a], [b3]) => compareText(a, b3)));
}

// src/model/fingerprint.ts
function policyFingerprint(policy) {
  const ordered = policy.tier !== "networkpolicy";
  const value = {
    kind: policy.kind,
    namespace: policy.namespace,
    tier: policy.tier,
    priority: policy.priority,
    subject: {
      namespaces: namespaceMatch(policy.subject.namespaces),
      pods: selector(policy.subject.pods)
    },
    ingress: direction(policy.ingress, ordered),
    egress: direction(policy.egress, ordered)
  };
  return stringify(value);
}
function direction(d2, ordered) {
  if (d2 === null) return null;
  const rules = d2.rules.map(rule);
  return { isolates: d2.isolates, rules: ordered ? rules : sortCanonical(rules) };
}
function rule(r2) {
  return {
    action: r2.action,
    name: r2.name,
    peers: r2.peers === "any" ? "any" : sortCanonical(r2.peers.map(peer)),
    ports: r2.ports === "all" ? "all" : sortCanonical(r2.ports.map(port))
  };
}
function peer(p2) {
  switch (p2.kind) {
    case "pods":
      return { kind: "pods", namespaces: namespaceMatch(p2.namespaces), pods: selector(p2.pods) };
    case "ipBlock":
      return {
        kind: "ipBlock",
        ranges: p2.ranges.map((r2) => [r2.family, r2.start.toString(), r2.end.toString()])
      };
  }
}
function port(p2) {
  switch (p2.kind) {
    case "range":
      return { kind: "range", protocol: p2.protocol, from: p2.from, to: p2.to };
    case "named":
      return { kind: "named", protocol: p2.protocol, name: p2.name };
  }
}
function namespaceMatch(m2) {
  return m2.kind === "named" ? { kind: "named", name: m2.name } : { kind: "selector", selector: selector(m2.selector) };
}
function selector(s) {
  const exprs = s.matchExpressions.map((e) => ({
    key: e.key,
    operator: e.operator,
    values: [...e.values].sort()
  }));
  return { matchLabels: { ...s.matchLabels }, matchExpressions: sortCanonical(exprs) };
}
function sortCanonical(items) {
  const keyed = items.map((item) => [stringify(item), item]);
  keyed.sort((a, b3) => a[0] < b3[0] ? -1 : a[0] > b3[0] ? 1 : 0);
  const out = [];
  let last = null;
  for (const [k2, item] of keyed) {
    if (k2 !== last) out.push(item);
    last = k2;
  }
  return out;
}
function stringify(value) {
  if (Array.isArray(value)) return `[${value.map(stringify).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys2 = Object.keys(value).sort();
    return `{${keys2.map((k2) => `${JSON.stringify(k2)}:${stringify(value[k2])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// src/model/lint-policy.ts
function lintNetworkPolicy(ctx, spec, explicitTypes) {
  if (!isObject(ctx.resource.object.spec)) {
    ctx.warn(
      "missing-field",
      "the policy has no spec: it selects every pod in its namespace and denies all their ingress. Add spec.podSelector and rules.",
      []
    );
    return;
  }
  if ((spec.podSelector ?? void 0) === void 0) {
    ctx.warn(
      "missing-field",
      "spec.podSelector is missing, so the policy selects every pod in its namespace; write podSelector: {} to say so, or a selector for the pods you mean.",
      ["spec"]
    );
  }
  const types = Array.isArray(spec.policyTypes) ? spec.policyTypes : [];
  const egress = spec.egress ?? void 0;
  const ingress = spec.ingress ?? void 0;
  if (explicitTypes && !types.includes("Egress") && Array.isArray(egress) && egress.length > 0) {
    ctx.warn(
      "policy-types-egress-ignored",
      "the egress rules are ignored: policyTypes does not list Egress. Add Egress to policyTypes, or remove the rules.",
      ["spec", "egress"]
    );
  }
  if (explicitTypes && !types.includes("Ingress") && Array.isArray(ingress) && ingress.length > 0) {
    ctx.warn(
      "ingress-in-egress-policy",
      "the ingress rules are ignored: policyTypes does not list Ingress. Add Ingress to policyTypes, or remove the rules.",
      ["spec", "ingress"]
    );
  }
  if (!explicitTypes && Array.isArray(egress) && egress.length === 0) {
    ctx.warn(
      "policy-types-egress-ignored",
      "egress: [] without policyTypes is not a deny-all: the API server defaults policyTypes to [Ingress]. Add policyTypes: [Ingress, Egress] to deny all egress.",
      ["spec", "egress"]
    );
  }
  lintOrInsteadOfAnd(ctx, spec, "ingress", "from");
  lintOrInsteadOfAnd(ctx, spec, "egress", "to");
}
function peerShape(peer2) {
  if (!isObject(peer2)) return "other";
  const pod = (peer2.podSelector ?? void 0) !== void 0;
  const ns2 = (peer2.namespaceSelector ?? void 0) !== void 0;
  const ip = (peer2.ipBlock ?? void 0) !== void 0;
  if (ip) return "other";
  if (pod && !ns2) return "pods-only";
  if (ns2 && !pod) return "namespaces-only";
  return "other";
}
function lintOrInsteadOfAnd(ctx, spec, direction2, key) {
  const rules = spec[direction2];
  if (!Array.isArray(rules)) return;
  rules.forEach((rule2, r2) => {
    const peers = isObject(rule2) ? rule2[key] : void 0;
    if (!Array.isArray(peers)) return;
    const shapes = peers.map(peerShape);
    const podAt = shapes.indexOf("pods-only");
    const nsAt = shapes.indexOf("namespaces-only");
    if (podAt < 0 || nsAt < 0) return;
    const later = Math.max(podAt, nsAt);
    const [first, second] = podAt < nsAt ? [`${key}[${podAt}] (podSelector)`, `${key}[${nsAt}] (namespaceSelector)`] : [`${key}[${nsAt}] (namespaceSelector)`, `${key}[${podAt}] (podSelector)`];
    ctx.warn(
      "or-instead-of-and",
      `${first} and ${second} are separate peers, so they are ORed: pods matching the podSelector in the policy's namespace, OR every pod in the selected namespaces. To require both, put podSelector and namespaceSelector in one entry (remove the "-" before the second).`,
      ["spec", direction2, r2, key, later]
    );
  });
}

// src/model/peers.ts
function readPeers(ctx, value, path4, options) {
  if (!Array.isArray(value) || value.length === 0) return "any";
  const out = [];
  value.forEach((entry, i) => {
    const peer2 = readPeer(ctx, entry, [...path4, i], options);
    if (peer2 !== null) out.push(peer2);
  });
  return out;
}
function readPeer(ctx, entry, path4, options) {
  const obj = isObject(entry) ? entry : {};
  const pod = obj.podSelector ?? void 0;
  const ns2 = obj.namespaceSelector ?? void 0;
  const ip = obj.ipBlock ?? void 0;
  if (pod === void 0 && ns2 === void 0 && ip === void 0) {
    ctx.error(
      "invalid-peer",
      "a peer must set podSelector, namespaceSelector or ipBlock; to match every source or destination, leave out from/to instead.",
      path4
    );
    return null;
  }
  if (ip !== void 0) {
    if (pod !== void 0 || ns2 !== void 0) {
      ctx.error(
        "invalid-peer",
        "a peer may not set ipBlock together with podSelector or namespaceSelector; make them separate list entries.",
        [...path4, "ipBlock"]
      );
      return null;
    }
    return readIpBlock(ctx, ip, [...path4, "ipBlock"], options);
  }
  const pods = pod === void 0 ? MATCH_ALL : readSelector(ctx, pod, [...path4, "podSelector"]);
  if (ns2 === void 0)
    return { kind: "pods", namespaces: { kind: "named", name: options.namespace }, pods };
  const selector2 = readSelector(ctx, ns2, [...path4, "namespaceSelector"]);
  return { kind: "pods", namespaces: { kind: "selector", selector: selector2 }, pods };
}
function readIpBlock(ctx, value, path4, options) {
  const obj = isObject(value) ? value : {};
  const cidrText = typeof obj.cidr === "string" ? obj.cidr : "";
  if (cidrText === "") {
    ctx.error(
      "invalid-ipblock",
      "ipBlock needs a cidr, e.g. 203.0.113.0/24.",
      obj.cidr === void 0 ? path4 : [...path4, "cidr"]
    );
    return null;
  }
  const cidr = parseCidr(cidrText);
  if (cidr === null) {
    ctx.error(
      "invalid-ipblock",
      `cidr "${cidrText}" is not a valid CIDR (ADDRESS/PREFIX, IPv4 or IPv6).`,
      [...path4, "cidr"]
    );
    return null;
  }
  if (cidr.leadingZeros) leadingZerosWarning(ctx, cidrText, cidr, [...path4, "cidr"]);
  if (cidr.hostBitsSet) hostBitsWarning(ctx, cidrText, cidr, [...path4, "cidr"]);
  const exceptTexts = Array.isArray(obj.except) ? obj.except : [];
  const cuts = [];
  let ok = true;
  exceptTexts.forEach((text, i) => {
    if (typeof text !== "string") return;
    const at2 = [...path4, "except", i];
    const c3 = parseCidr(text);
    if (c3 === null) {
      ctx.error("invalid-ipblock", `except "${text}" is not a valid CIDR.`, at2);
      ok = false;
      return;
    }
    if (!isStrictSubset(c3, cidr)) {
      ctx.error(
        "invalid-ipblock",
        `except "${text}" must be strictly inside cidr "${cidrText}" (same address family, longer prefix).`,
        at2
      );
      ok = false;
      return;
    }
    if (c3.leadingZeros) leadingZerosWarning(ctx, text, c3, at2);
    if (c3.hostBitsSet) hostBitsWarning(ctx, text, c3, at2);
    cuts.push(cidrRange(c3));
  });
  if (!ok) return null;
  const whole = cidrRange(cidr);
  const overlaps = options.clusterCidrs.filter((c3) => ipRangesOverlap(cidrRange(c3), whole));
  if (overlaps.length > 0) {
    ctx.warn(
      "ipblock-overlaps-cluster",
      `cidr "${cidrText}" overlaps the cluster CIDR ${overlaps.map(formatCidr).join(", ")}; reachdiff matches ipBlocks against external addresses only, but some CNIs (Calico) would also match pods there.`,
      [...path4, "cidr"]
    );
  }
  return {
    kind: "ipBlock",
    cidr: cidrText,
    except: exceptTexts.filter((t2) => typeof t2 === "string"),
    ranges: subtractIpRanges([whole], cuts)
  };
}
function hostBitsWarning(ctx, text, cidr, path4) {
  ctx.warn(
    "ipblock-host-bits",
    `"${text}" has host bits set and is read as ${formatCidr(cidr)}; write ${formatCidr(cidr)} (or use /${cidr.family === 4 ? 32 : 128} for a single address).`,
    path4
  );
}
function leadingZerosWarning(ctx, text, cidr, path4) {
  ctx.warn(
    "ipblock-leading-zeros",
    `"${text}" has leading zeros: Kubernetes reads them as decimal (${formatCidr(cidr)}), other tools as octal, and the API server rejects them under StrictIPCIDRValidation; write ${formatCidr(cidr)}.`,
    path4
  );
}

// src/model/ports.ts
function readPorts(ctx, value, path4) {
  if (!Array.isArray(value) || value.length === 0) return "all";
  const out = [];
  value.forEach((entry, i) => {
    const port2 = readPort(ctx, entry, [...path4, i]);
    if (port2 !== null) out.push(port2);
  });
  return out;
}
function readPort(ctx, entry, path4) {
  const obj = isObject(entry) ? entry : {};
  const protocol = readProtocol(ctx, obj.protocol, [...path4, "protocol"]);
  const port2 = obj.port ?? void 0;
  const endPort = obj.endPort ?? void 0;
  const endPath = [...path4, "endPort"];
  if (port2 === void 0) {
    if (endPort !== void 0) {
      ctx.error(
        "invalid-endport",
        "endPort needs a numeric port: add port (the start of the range).",
        endPath
      );
    }
    return protocol === null ? null : { kind: "range", protocol, from: 1, to: 65535 };
  }
  if (typeof port2 === "string") {
    const problem = portNameProblem(port2);
    if (problem !== null) {
      const hint = /^[0-9]+$/.test(port2) ? ` Write the number without quotes (port: ${port2}); a quoted number is read as a port name.` : "";
      ctx.error("invalid-port", `port name "${port2}" ${problem}.${hint}`, [...path4, "port"]);
      return null;
    }
    if (endPort !== void 0) {
      ctx.error(
        "invalid-endport",
        `endPort cannot be used with a named port ("${port2}").`,
        endPath
      );
    }
    if (protocol === null) return null;
    const named = { kind: "named", protocol, name: port2 };
    Object.defineProperty(named, "origin", {
      get: () => ctx.resource.locate([...path4, "port"]),
      enumerable: false
    });
    return named;
  }
  if (typeof port2 !== "number" || !Number.isInteger(port2)) return null;
  if (port2 < 1 || port2 > 65535) {
    ctx.error(
      "invalid-port",
      `port ${port2} is outside 1-65535; write the destination port number (1-65535) or a port name.`,
      [...path4, "port"]
    );
    return null;
  }
  let to2 = port2;
  if (typeof endPort === "number") {
    if (endPort < port2) {
      ctx.error(
        "invalid-endport",
        `endPort ${endPort} is less than port ${port2}; endPort is the last port of the range, so make it at least ${port2} (or swap the two).`,
        endPath
      );
      return null;
    }
    if (endPort > 65535) {
      ctx.error(
        "invalid-endport",
        `endPort ${endPort} is outside 1-65535; make it at most 65535.`,
        endPath
      );
      return null;
    }
    to2 = endPort;
  }
  return protocol === null ? null : { kind: "range", protocol, from: port2, to: to2 };
}
function readProtocol(ctx, value, path4) {
  if (value === void 0 || value === null) return "TCP";
  const protocol = PROTOCOLS.find((p2) => p2 === value);
  if (protocol !== void 0) return protocol;
  if (typeof value !== "string") return null;
  const upper = PROTOCOLS.find((p2) => p2 === value.toUpperCase());
  const hint = upper !== void 0 ? ` Protocols are case-sensitive: write "${upper}".` : "";
  ctx.error("invalid-protocol", `protocol "${value}" is not one of TCP, UDP, SCTP.${hint}`, path4);
  return null;
}

// src/model/schema.ts
var str = { type: "string" };
var int = { type: "integer" };
var any = { type: "any" };
var stringMap2 = { type: "string-map" };
var object = (fields) => ({ type: "object", fields });
var array = (items) => ({ type: "array", items });
var LABEL_SELECTOR_SCHEMA = object({
  matchLabels: stringMap2,
  matchExpressions: array(object({ key: str, operator: str, values: array(str) }))
});
var OBJECT_META_SCHEMA = object({
  name: str,
  generateName: str,
  namespace: str,
  selfLink: str,
  uid: str,
  resourceVersion: str,
  generation: int,
  creationTimestamp: any,
  deletionTimestamp: any,
  deletionGracePeriodSeconds: int,
  labels: stringMap2,
  annotations: stringMap2,
  ownerReferences: any,
  finalizers: array(str),
  managedFields: any
});
var PEER_SCHEMA = object({
  podSelector: LABEL_SELECTOR_SCHEMA,
  namespaceSelector: LABEL_SELECTOR_SCHEMA,
  ipBlock: object({ cidr: str, except: array(str) })
});
var PORT_SCHEMA = object({ protocol: str, port: { type: "int-or-string" }, endPort: int });
var NETWORK_POLICY_SCHEMA = object({
  apiVersion: str,
  kind: str,
  metadata: OBJECT_META_SCHEMA,
  spec: object({
    podSelector: LABEL_SELECTOR_SCHEMA,
    ingress: array(object({ from: array(PEER_SCHEMA), ports: array(PORT_SCHEMA) })),
    egress: array(object({ to: array(PEER_SCHEMA), ports: array(PORT_SCHEMA) })),
    policyTypes: array(str)
  }),
  // NetworkPolicyStatus existed in 1.24–1.26; ignored by enforcement.
  status: any
});
function fieldHomes(schema, at2 = "") {
  const homes = /* @__PURE__ */ new Map();
  const walk2 = (s, path4) => {
    if (s.type === "array") walk2(s.items, `${path4}[]`);
    if (s.type !== "object") return;
    for (const [name, child] of Object.entries(s.fields)) {
      if (path4 === "" && name === "metadata") continue;
      const list2 = homes.get(name) ?? [];
      list2.push(path4 === "" ? "(top level)" : path4);
      homes.set(name, list2);
      walk2(child, path4 === "" ? name : `${path4}.${name}`);
    }
  };
  walk2(schema, at2);
  return homes;
}

// src/model/validate-fields.ts
function validateFields(ctx, root) {
  const homes = fieldHomes(root);
  walk(ctx, root, ctx.resource.object, [], homes);
}
function walk(ctx, schema, value, path4, homes) {
  if (value === null) return;
  const problem = typeProblem(schema, value);
  if (problem !== null) {
    ctx.error("invalid-type", `${formatPath(path4)} ${problem}.`, path4);
    return;
  }
  if (schema.type === "string-map" && isObject(value)) {
    for (const [k2, v2] of Object.entries(value)) {
      if (typeof v2 !== "string" && v2 !== null) {
        ctx.error(
          "invalid-type",
          `${formatPath([...path4, k2])} must be a string, not ${describeValue(v2)}; quote it: "${String(JSON.stringify(v2))}".`,
          [...path4, k2]
        );
      }
    }
    return;
  }
  if (schema.type === "array" && Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(ctx, schema.items, item, [...path4, i], homes);
    });
    return;
  }
  if (schema.type !== "object" || !isObject(value)) return;
  for (const key of Object.keys(value)) {
    const child = schema.fields[key];
    if (child === void 0) {
      ctx.error("unknown-field", unknownFieldMessage(key, path4, schema, homes), [...path4, key]);
      continue;
    }
    walk(ctx, child, value[key], [...path4, key], homes);
  }
}
function typeProblem(schema, value) {
  switch (schema.type) {
    case "object":
      return isObject(value) ? null : `must be an object (a mapping), not ${describeValue(value)}`;
    case "array":
      return Array.isArray(value) ? null : `must be a list, not ${describeValue(value)}`;
    case "string":
      return typeof value === "string" ? null : `must be a string, not ${describeValue(value)}`;
    case "integer":
      return typeof value === "number" && Number.isInteger(value) ? null : `must be an integer, not ${describeValue(value)}`;
    case "boolean":
      return typeof value === "boolean" ? null : `must be true or false, not ${describeValue(value)}`;
    case "int-or-string":
      return typeof value === "string" || typeof value === "number" && Number.isInteger(value) ? null : `must be an integer or a string, not ${describeValue(value)}`;
    case "string-map":
      return isObject(value) ? null : `must be a mapping of strings, not ${describeValue(value)}`;
    case "any":
      return null;
  }
}
function unknownFieldMessage(key, path4, schema, homes) {
  const where = path4.length === 0 ? "the object" : formatPath(path4);
  const head = `unknown field "${key}" in ${where}`;
  const siblings = Object.keys(schema.fields);
  const sameCase = siblings.find((s) => s.toLowerCase() === key.toLowerCase());
  if (sameCase !== void 0)
    return `${head}; did you mean "${sameCase}"? Field names are case-sensitive.`;
  const swapped = swappedDirection(key, path4);
  if (swapped !== null) return `${head}; ${swapped}`;
  const elsewhere = [...homes.entries()].find(([name]) => name.toLowerCase() === key.toLowerCase());
  if (elsewhere !== void 0) {
    const [name, places] = elsewhere;
    const here = enclosingHome(path4, places);
    if (here !== null)
      return `${head}: "${name}" belongs in ${here}.${name}; move it there (it is at the wrong level).`;
    const list2 = places.map((p2) => `${p2}.${name}`.replace(/^\(top level\)\./, "")).join(" or ");
    return `${head}: "${name}" belongs in ${list2}; move it there (it is at the wrong level).`;
  }
  const guess = didYouMean(key, siblings);
  if (guess !== null) return `${head}; did you mean "${guess}"?`;
  return `${head}; the valid fields here are ${siblings.map((s) => `"${s}"`).join(", ")}.`;
}
function swappedDirection(key, path4) {
  const section = path4.length >= 3 && path4[0] === "spec" ? path4[1] : void 0;
  if (key === "from" && section === "egress") return 'egress rules name their peers in "to".';
  if (key === "to" && section === "ingress") return 'ingress rules name their peers in "from".';
  return null;
}
function enclosingHome(path4, places) {
  for (let n = path4.length - 1; n >= 1; n--) {
    const prefix = path4.slice(0, n);
    const pattern = formatPath(prefix.map((k2) => typeof k2 === "number" ? -1 : k2)).replaceAll(
      "[-1]",
      "[]"
    );
    if (places.includes(pattern)) return formatPath(prefix);
  }
  return null;
}

// src/model/network-policy.ts
function readNetworkPolicy(ctx, namespace, clusterCidrs) {
  const { resource } = ctx;
  const object2 = resource.object;
  validateFields(ctx, NETWORK_POLICY_SCHEMA);
  const name = checkMetadata(ctx, namespace);
  const spec = isObject(object2.spec) ? object2.spec : {};
  const types = readPolicyTypes(ctx, spec);
  const podSelector = spec.podSelector ?? void 0;
  const pods = podSelector === void 0 ? MATCH_ALL : readSelector(ctx, podSelector, ["spec", "podSelector"]);
  const peerOptions = { namespace, clusterCidrs };
  const rulesOf = (direction3) => {
    const list2 = spec[direction3];
    if (!Array.isArray(list2)) return [];
    const peersKey = direction3 === "ingress" ? "from" : "to";
    return list2.map((raw, index) => {
      const path4 = ["spec", direction3, index];
      const rule2 = isObject(raw) ? raw : {};
      return {
        index,
        action: "allow",
        peers: readPeers(ctx, rule2[peersKey], [...path4, peersKey], peerOptions),
        ports: readPorts(ctx, rule2.ports, [...path4, "ports"]),
        // Looked up on first use (a report, an explanation): positions cost a full
        // YAML parse of the file, which a clean analysis never needs.
        get origin() {
          return resource.locate(path4);
        },
        name: null
      };
    });
  };
  const ingressRules = rulesOf("ingress");
  const egressRules = rulesOf("egress");
  lintNetworkPolicy(ctx, spec, types.explicit);
  if (ctx.errors > 0 || name === null) return null;
  const direction2 = (on2, rules) => on2 ? { isolates: true, rules } : null;
  const fields = {
    id: policyId(namespace, name),
    kind: "NetworkPolicy",
    namespace,
    name,
    tier: "networkpolicy",
    priority: 0,
    subject: { namespaces: { kind: "named", name: namespace }, pods },
    ingress: direction2(types.ingress, ingressRules),
    egress: direction2(types.egress, egressRules)
  };
  const fingerprint = policyFingerprint(fields);
  return {
    ...fields,
    fingerprint,
    get origin() {
      return resource.locate([]);
    },
    get subjectOrigin() {
      return resource.locate(["spec", "podSelector"]);
    }
  };
}
function checkMetadata(ctx, namespace) {
  const name = isObject(ctx.resource.object.metadata) ? ctx.resource.object.metadata.name : void 0;
  if (typeof name !== "string" || name === "") {
    ctx.error("missing-field", "metadata.name is required: give the policy a name.", [
      "metadata",
      "name"
    ]);
    return null;
  }
  const problem = dns1123SubdomainProblem(name);
  if (problem !== null) {
    ctx.error("invalid-name", `metadata.name "${name}" ${problem}.`, ["metadata", "name"]);
    return null;
  }
  const nsProblem = dns1123LabelProblem(namespace);
  if (nsProblem !== null) {
    ctx.error("invalid-name", `namespace "${namespace}" ${nsProblem}.`, ["metadata", "namespace"]);
  }
  return name;
}
function readPolicyTypes(ctx, spec) {
  const raw = spec.policyTypes ?? void 0;
  const list2 = Array.isArray(raw) ? raw : [];
  if (list2.length === 0) {
    const egress = spec.egress;
    return { ingress: true, egress: Array.isArray(egress) && egress.length > 0, explicit: false };
  }
  if (list2.length > 2) {
    ctx.error(
      "invalid-policy-types",
      `policyTypes may list at most 2 values (Ingress, Egress), not ${list2.length}.`,
      ["spec", "policyTypes", 2]
    );
  }
  list2.forEach((t2, i) => {
    if (t2 === "Ingress" || t2 === "Egress" || typeof t2 !== "string") return;
    const fix = ["Ingress", "Egress"].find((v2) => v2.toLowerCase() === t2.toLowerCase());
    const hint = fix !== void 0 ? ` Values are case-sensitive: write "${fix}".` : "";
    ctx.error("invalid-policy-types", `policyTypes value "${t2}" is not Ingress or Egress.${hint}`, [
      "spec",
      "policyTypes",
      i
    ]);
  });
  return { ingress: list2.includes("Ingress"), egress: list2.includes("Egress"), explicit: true };
}

// src/model/owners.ts
var HOST_NETWORK_REASON = "it uses hostNetwork: true, so its traffic is node traffic that pod and namespace selectors do not match; reachdiff leaves it out of the analysis (use the node's address instead)";
var PER_POD_LABELS = new Set(
  [...RUNTIME_LABELS].filter((k2) => !JOB_NAME_LABELS.includes(k2))
);
function buildWorkloads(items) {
  const diagnostics = [];
  const excluded = [];
  const byKey2 = /* @__PURE__ */ new Map();
  const keyOf = (ns2, kind, name) => `${ns2}\0${kind}\0${name}`;
  for (const item of items)
    byKey2.set(keyOf(item.namespace, item.resource.kind, item.resource.name), item);
  const groupOf = (item, seen) => {
    const key = keyOf(item.namespace, item.resource.kind, item.resource.name);
    const owner = controllerOwner(item.resource);
    if (owner === null || seen.has(key)) return { kind: "self", key };
    seen.add(key);
    const present2 = byKey2.get(keyOf(item.namespace, owner.kind, owner.name));
    if (present2 !== void 0) return groupOf(present2, seen);
    return {
      kind: "virtual",
      id: workloadId(item.namespace, owner.kind, owner.name),
      ownerKind: owner.kind,
      name: owner.name
    };
  };
  const workloads = [];
  const virtual = /* @__PURE__ */ new Map();
  for (const item of items) {
    const group = groupOf(item, /* @__PURE__ */ new Set());
    if (group.kind === "virtual") {
      const entry = virtual.get(group.id) ?? { group, members: [] };
      entry.members.push(item);
      virtual.set(group.id, entry);
      continue;
    }
    if (group.key !== keyOf(item.namespace, item.resource.kind, item.resource.name)) continue;
    const template = templateOf(item, byKey2, keyOf, diagnostics);
    if (template === null) continue;
    const { resource, namespace } = item;
    if (excludedHostNetwork(item, template, diagnostics)) {
      excluded.push({
        id: workloadId(namespace, resource.kind, resource.name),
        reason: HOST_NETWORK_REASON
      });
      continue;
    }
    workloads.push({
      id: workloadId(namespace, resource.kind, resource.name),
      namespace,
      name: resource.name,
      kind: resource.kind,
      labels: withServerLabels(resource, template.labels),
      ports: template.ports,
      // Looked up on first use (a diagnostic, a report): positions cost a full YAML parse.
      get origin() {
        return resource.locate([]);
      }
    });
  }
  for (const [id, { group, members }] of virtual) {
    const templates = [];
    let hostNetwork = false;
    for (const item of members) {
      const template = templateOf(item, byKey2, keyOf, diagnostics);
      if (template === null) continue;
      if (excludedHostNetwork(item, template, diagnostics)) hostNetwork = true;
      else templates.push({ item, template });
    }
    const first = templates[0];
    if (first === void 0) {
      if (hostNetwork) excluded.push({ id, reason: HOST_NETWORK_REASON });
      continue;
    }
    const labels = commonLabels(templates.map((t2) => t2.template.labels));
    const differing = templates.find(
      (t2) => !sameLabels(stripRuntime(t2.template.labels), stripRuntime(first.template.labels))
    );
    if (differing !== void 0) {
      diagnostics.push(
        diagnostic(
          "warning",
          "owner-labels-differ",
          `pods of ${id} have different labels (${differing.item.resource.name} vs ${first.item.resource.name}); reachdiff uses only the labels they share, so selectors that depend on the difference are not modelled. Add the owner's manifest to the analyzed paths, or select on the labels the pods share.`,
          differing.item.resource.locate(["metadata", "labels"])
        )
      );
    }
    workloads.push({
      id,
      namespace: first.item.namespace,
      name: group.name,
      kind: group.ownerKind,
      labels,
      ports: sortPorts(templates.flatMap((t2) => t2.template.ports)),
      origin: first.item.resource.locate([])
    });
  }
  return { workloads, excluded, diagnostics };
}
function controllerOwner(resource) {
  const refs = isObject(resource.object.metadata) ? resource.object.metadata.ownerReferences : void 0;
  if (!Array.isArray(refs)) return null;
  for (const ref of refs) {
    if (isObject(ref) && ref.controller === true && typeof ref.kind === "string" && typeof ref.name === "string") {
      if (ref.kind === "Node") return null;
      return { kind: ref.kind, name: ref.name };
    }
  }
  return null;
}
function templateOf(item, byKey2, keyOf, diagnostics) {
  const { resource } = item;
  const own = readPodTemplate(resource.object, podTemplatePath(resource.kind));
  if (own !== null || resource.kind !== "Rollout") return own;
  const spec = isObject(resource.object.spec) ? resource.object.spec : {};
  const ref = isObject(spec.workloadRef) ? spec.workloadRef : null;
  const target = ref !== null && ref.kind === "Deployment" && typeof ref.name === "string" ? byKey2.get(keyOf(item.namespace, "Deployment", ref.name)) : void 0;
  if (target !== void 0)
    return readPodTemplate(target.resource.object, podTemplatePath("Deployment"));
  const what = ref === null ? "has neither spec.template nor spec.workloadRef" : `refers to a Deployment that is not in the input`;
  diagnostics.push(
    diagnostic(
      "warning",
      "owner-not-found",
      `Rollout ${resource.name} ${what}; it is left out. Add the Deployment's manifest to the analyzed paths.`,
      resource.locate(ref === null ? ["spec"] : ["spec", "workloadRef"])
    )
  );
  return null;
}
function excludedHostNetwork(item, template, diagnostics) {
  if (!template.hostNetwork) return false;
  const path4 = [...podTemplatePath(item.resource.kind), "spec", "hostNetwork"];
  diagnostics.push(
    diagnostic(
      "info",
      "host-network",
      `${item.resource.kind} ${item.resource.name} uses hostNetwork: its traffic is node traffic, which pod and namespace selectors do not match; it is not analyzed as a workload.`,
      item.resource.locate(path4)
    )
  );
  return true;
}
function stripRuntime(labels) {
  return Object.fromEntries(Object.entries(labels).filter(([k2]) => !PER_POD_LABELS.has(k2)));
}
function sameLabels(a, b3) {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b3).length && ka.every((k2) => b3[k2] === a[k2]);
}
function commonLabels(all) {
  const [first, ...rest] = all;
  if (first === void 0) return {};
  const out = {};
  for (const [k2, v2] of Object.entries(stripRuntime(first))) {
    if (rest.every((l3) => l3[k2] === v2)) out[k2] = v2;
  }
  return out;
}
function withServerLabels(resource, labels) {
  if (resource.kind !== "Job") return labels;
  const spec = isObject(resource.object.spec) ? resource.object.spec : {};
  if (spec.manualSelector === true) return labels;
  const out = { ...labels };
  for (const key of JOB_NAME_LABELS) out[key] = resource.name;
  return Object.fromEntries(Object.entries(out).sort(([a], [b3]) => compareText(a, b3)));
}

// src/model/skipped-kinds.ts
var SkippedKinds = class {
  byKind = /* @__PURE__ */ new Map();
  add(resource) {
    const key = `${resource.apiVersion} ${resource.kind}`;
    const entry = this.byKind.get(key);
    if (entry === void 0) this.byKind.set(key, { first: resource, count: 1 });
    else entry.count++;
  }
  diagnostics() {
    return [...this.byKind].map(([key, { first, count }]) => {
      const objects = count === 1 ? "1 object" : `${count} objects`;
      return diagnostic(
        "info",
        "skipped-kind",
        `${key}: reachdiff does not use this kind, so ${objects} of it ${count === 1 ? "was" : "were"} skipped (this is the first). Nothing to do unless it was meant to be another kind.`,
        first.locate([])
      );
    });
  }
};

// src/model/index.ts
function buildModel(parsed, options = {}) {
  const defaultNamespace = options.defaultNamespace ?? "default";
  const clusterCidrs = (options.clusterCidrs ?? []).map(parseCidr).filter((c3) => c3 !== null);
  const diagnostics = [...parsed.diagnostics];
  let incomplete = parsed.incomplete;
  const report2 = (ctx) => {
    diagnostics.push(...ctx.diagnostics);
    if (ctx.errors > 0) incomplete = true;
  };
  const declared = [];
  const policies = [];
  const workloadItems = [];
  const users = [];
  const duplicates = new Duplicates();
  const rejected = [];
  const skipped = new SkippedKinds();
  for (const resource of [...parsed.resources].sort(compareResources)) {
    const kind = classifyResource(resource);
    if (kind.kind === "skip") {
      skipped.add(resource);
      continue;
    }
    const ctx = new ObjectContext(resource);
    if (kind.kind === "unsupported") {
      ctx.warn(
        "unsupported-kind",
        `${resource.kind} (${resource.apiVersion}) is not evaluated yet; results ignore it, so what it allows or denies is not shown. Review it by hand.`,
        []
      );
      report2(ctx);
      continue;
    }
    if (kind.kind === "kustomization") {
      ctx.warn(
        "kustomization",
        `This ${resource.kind} is not rendered: run \`kustomize build\` and analyze its output. The files it lists are analyzed as they are, without its patches, labels or namespace.`,
        []
      );
      report2(ctx);
      continue;
    }
    if (kind.kind === "reject") {
      ctx.error(kind.code, kind.message, [kind.field]);
      report2(ctx);
      continue;
    }
    const namespace = kind.namespaced ? resource.namespace ?? defaultNamespace : "";
    if (resource.name === "" && kind.kind !== "network-policy") {
      ctx.error("missing-field", `metadata.name is required: give the ${resource.kind} a name.`, [
        "metadata",
        "name"
      ]);
      report2(ctx);
      continue;
    }
    const key = resource.name === "" ? null : `${kind.identity}/${namespace}/${resource.name}`;
    if (key !== null) {
      const duplicate = duplicates.check(resource, key);
      if (duplicate.report !== null) report2(duplicate.report);
      if (!duplicate.analyze) continue;
    }
    let accepted = false;
    switch (kind.kind) {
      case "namespace":
        validateObjectMeta(ctx, "namespace");
        if (ctx.errors > 0) break;
        declared.push(readNamespace(resource));
        accepted = true;
        break;
      case "workload":
        if (!validateWorkload(ctx)) {
          rejected.push({
            id: workloadId(namespace, resource.kind, resource.name),
            reason: `the API server would reject it (see the errors at ${resource.file}), so reachdiff leaves it out of the analysis; fix the errors`
          });
          break;
        }
        workloadItems.push({ resource, namespace });
        users.push(namespaceUser(resource, namespace));
        accepted = true;
        break;
      case "network-policy": {
        if (kind.deprecated) {
          ctx.warn(
            "deprecated-api",
            `${resource.apiVersion} NetworkPolicy was removed in Kubernetes 1.16; analyzed as networking.k8s.io/v1. Change apiVersion to networking.k8s.io/v1.`,
            ["apiVersion"]
          );
        }
        const policy = readNetworkPolicy(ctx, namespace, clusterCidrs);
        if (policy !== null) {
          policies.push(policy);
          users.push(namespaceUser(resource, namespace));
          accepted = true;
        }
        break;
      }
    }
    if (accepted && key !== null) duplicates.accept(key);
    report2(ctx);
  }
  diagnostics.push(...skipped.diagnostics());
  const built = buildWorkloads(workloadItems);
  diagnostics.push(...built.diagnostics);
  const ns2 = synthesizeNamespaces(declared, users);
  diagnostics.push(...ns2.diagnostics);
  return {
    namespaces: ns2.namespaces,
    workloads: built.workloads.sort((a, b3) => compareText(a.id, b3.id)),
    policies: policies.sort((a, b3) => compareText(a.id, b3.id)),
    diagnostics: diagnostics.sort(compareDiagnostics),
    incomplete,
    excluded: [...built.excluded, ...rejected].sort((a, b3) => compareText(a.id, b3.id))
  };
}
function compareResources(a, b3) {
  if (a.file !== b3.file) return a.file < b3.file ? -1 : 1;
  return a.docIndex - b3.docIndex || (a.listIndex ?? -1) - (b3.listIndex ?? -1);
}
function namespaceUser(resource, namespace) {
  return {
    namespace,
    file: resource.file,
    order: [resource.docIndex, resource.listIndex ?? -1],
    at: () => resource.locate(["metadata", "namespace"])
  };
}

// src/parse/alias-expansion.ts
var MIN_EXPANDED_NODES = 1e5;
var NODES_PER_CHARACTER = 2;
var MAX_EXPANDED_DEPTH = 500;
function expandedNodeLimit(length) {
  return Math.max(MIN_EXPANDED_NODES, NODES_PER_CHARACTER * length);
}
function findAliasProblem(events, limit) {
  const anchors = /* @__PURE__ */ new Map();
  const stack = [];
  let total = 0;
  const add = (extent) => {
    const parent = stack[stack.length - 1];
    if (parent === void 0) return;
    parent.size = Math.min(parent.size + extent.size, limit + 1);
    parent.depth = Math.max(parent.depth, extent.depth);
  };
  for (const event of events) {
    switch (event.kind) {
      case "open": {
        const anchored = event.anchor === null ? null : { extent: null };
        if (event.anchor !== null && anchored !== null) anchors.set(event.anchor, anchored);
        stack.push({ size: 1, depth: 0, anchored });
        total += 1;
        break;
      }
      case "close": {
        const frame = stack.pop();
        if (frame === void 0) break;
        const extent = { size: frame.size, depth: frame.depth + 1 };
        if (frame.anchored !== null) frame.anchored.extent = extent;
        add(extent);
        break;
      }
      case "scalar": {
        const extent = { size: 1, depth: 0 };
        if (event.anchor !== null) anchors.set(event.anchor, { extent });
        total += 1;
        add(extent);
        break;
      }
      case "alias": {
        const target = anchors.get(event.name);
        if (target === void 0) break;
        const extent = target.extent;
        if (extent === null) return { offset: event.offset, reason: "cycle" };
        total += extent.size;
        if (total > limit) return { offset: event.offset, reason: "size" };
        if (stack.length + extent.depth > MAX_EXPANDED_DEPTH)
          return { offset: event.offset, reason: "depth" };
        add(extent);
        break;
      }
    }
  }
  return null;
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object2) => object2 === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object2) => object2 === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object2) => object2 === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object2) => Object.prototype.toString.call(object2) === "[object Boolean]",
  represent: (object2) => object2 ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object2) => Object.prototype.toString.call(object2) === "[object Boolean]",
  represent: (object2) => object2 ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object2) => Object.prototype.toString.call(object2) === "[object Boolean]",
  represent: (object2) => object2 ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object2) => Number.isInteger(object2) && !Object.is(object2, -0) && object2.toString(10).indexOf("e") < 0,
  represent: (object2) => object2.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object2) => Number.isInteger(object2) && !Object.is(object2, -0) && object2.toString(10).indexOf("e") < 0,
  represent: (object2) => object2.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object2) => Number.isInteger(object2) && !Object.is(object2, -0) && object2.toString(10).indexOf("e") < 0,
  represent: (object2) => object2.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object2) {
  if (isNaN(object2)) return ".nan";
  if (object2 === Number.POSITIVE_INFINITY) return ".inf";
  if (object2 === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object2, -0)) return "-0.0";
  const result = object2.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object2) => typeof object2 === "number" && (!Number.isInteger(object2) || Object.is(object2, -0) || object2.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object2) {
  if (isNaN(object2)) return ".nan";
  if (object2 === Number.POSITIVE_INFINITY) return ".inf";
  if (object2 === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object2, -0)) return "-0.0";
  const result = object2.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object2) => typeof object2 === "number" && (!Number.isInteger(object2) || Object.is(object2, -0) || object2.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object2) {
  if (isNaN(object2)) return ".nan";
  if (object2 === Number.POSITIVE_INFINITY) return ".inf";
  if (object2 === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object2, -0)) return "-0.0";
  const result = object2.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object2) => typeof object2 === "number" && (!Number.isInteger(object2) || Object.is(object2, -0) || object2.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object2) {
  let binary = "";
  for (let index = 0; index < object2.length; index++) binary += String.fromCharCode(object2[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object2) => Object.prototype.toString.call(object2) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object2) => object2 instanceof Date,
  represent: (object2) => object2.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object2, keys2) {
  const result = {};
  for (const key of keys2) if (object2[key] !== void 0) result[key] = object2[key];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object2 = item;
    const keys2 = Object.keys(object2);
    if (keys2.length !== 1) return "cannot resolve a pairs item";
    container.push([keys2[0], object2[keys2[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o2) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o2)) map.set(key, o2[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys2 = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys2.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys2) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array2 = Array.prototype.slice.call(key);
    for (let index = 0; index < array2.length; index++) {
      if (Array.isArray(array2[index])) return null;
      if (typeof array2[index] === "object" && Object.prototype.toString.call(array2[index]) === "[object Object]") array2[index] = "[object Object]";
    }
    return String(array2);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o2) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o2)) map.set(key, o2[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re2 = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re2.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c3) {
  switch (c3) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c3) {
  if (c3 <= 65535) return String.fromCharCode(c3);
  return String.fromCharCode((c3 - 65536 >> 10) + 55296, (c3 - 65536 & 1023) + 56320);
}
function fromHexCode$1(c3) {
  if (c3 >= 48 && c3 <= 57) return c3 - 48;
  return (c3 | 32) - 97 + 10;
}
function escapedHexLen$1(c3) {
  if (c3 === 120) return 2;
  if (c3 === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c3) {
  return c3 === 10 || c3 === 13;
}
function isWhiteSpace(c3) {
  return c3 === 9 || c3 === 32;
}
function isWsOrEol(c3) {
  return isWhiteSpace(c3) || isEol(c3);
}
function isWsOrEolOrEnd(c3) {
  return c3 === 0 || isWsOrEol(c3);
}
function isFlowIndicator(c3) {
  return c3 === 44 || c3 === 91 || c3 === 93 || c3 === 123 || c3 === 125;
}
function fromDecimalCode(c3) {
  return c3 >= 48 && c3 <= 57 ? c3 - 48 : -1;
}
function fromHexCode(c3) {
  if (c3 >= 48 && c3 <= 57) return c3 - 48;
  const lc = c3 | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c3) {
  if (c3 === 120) return 2;
  if (c3 === 117) return 4;
  if (c3 === 85) return 8;
  return 0;
}
function isSimpleEscape(c3) {
  return c3 === 48 || c3 === 97 || c3 === 98 || c3 === 116 || c3 === 9 || c3 === 110 || c3 === 118 || c3 === 102 || c3 === 114 || c3 === 101 || c3 === 32 || c3 === 34 || c3 === 47 || c3 === 92 || c3 === 78 || c3 === 95 || c3 === 76 || c3 === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair3 = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair3 = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair3 = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair3) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair3) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine2 = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine2;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine2 = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine2 && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function loadAll(input, iteratorOrOptions, options) {
  let iterator = null;
  if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
  else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
  const documents = loadDocuments(input, options);
  if (iterator === null) return documents;
  for (const document2 of documents) iterator(document2);
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w2 = layout.presenterOptions.lineWidth;
  if (w2 === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w2, 40), w2 - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/parse/json-keys.ts
function hasDuplicateKeys(text, value) {
  return countTextKeys(text) !== countValueKeys(value);
}
function countTextKeys(text) {
  let keys2 = 0;
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) !== 34) {
      i++;
      continue;
    }
    i++;
    while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
    i++;
    let j3 = i;
    while (j3 < text.length && " 	\n\r".includes(text[j3])) j3++;
    if (text.charCodeAt(j3) === 58) keys2++;
    i = j3;
  }
  return keys2;
}
function countValueKeys(value) {
  let keys2 = 0;
  const stack = [value];
  while (stack.length > 0) {
    const v2 = stack.pop();
    if (typeof v2 !== "object" || v2 === null) continue;
    if (Array.isArray(v2)) {
      for (const item of v2) stack.push(item);
    } else {
      const entries = Object.values(v2);
      keys2 += entries.length;
      for (const item of entries) stack.push(item);
    }
  }
  return keys2;
}

// src/parse/fast-decode.ts
var NEEDS_FULL_PARSER = /(?:^|[\s[{,])[&*][^\s[\]{},]|<</m;
function decodeFast(text, format) {
  if (format === "json") {
    try {
      const value = JSON.parse(text);
      return hasDuplicateKeys(text, value) ? null : [value];
    } catch {
      return null;
    }
  }
  if (NEEDS_FULL_PARSER.test(text)) return null;
  try {
    return loadAll(text, { maxAliases: 0 });
  } catch {
    return null;
  }
}

// src/parse/helm.ts
var HELM_ACTION = /\{\{-|-\}\}|\{\{\s*(?:\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\.Template|include\s|template\s|if\s|else\b|end\b|range\s|with\s|define\s|toYaml\b|tpl\s|\/\*)/;
function templateOffset(text) {
  const m2 = HELM_ACTION.exec(text);
  if (m2 === null) return text.indexOf("{{");
  return m2.index + Math.max(m2[0].indexOf("{{"), 0);
}
var HELM_REFERENCE = /\{\{[^}]*?(?:\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\.Template)\b|\{\{-?\s*(?:include|tpl|toYaml)\s/;
function findHelmValue(value) {
  const stack = [[value, []]];
  while (stack.length > 0) {
    const [v2, path4] = stack.pop();
    if (typeof v2 === "string") {
      if (!v2.includes("\n") && HELM_REFERENCE.test(v2)) return path4;
    } else if (Array.isArray(v2)) {
      for (let i = v2.length - 1; i >= 0; i--) stack.push([v2[i], [...path4, i]]);
    } else if (typeof v2 === "object" && v2 !== null) {
      const entries = Object.entries(v2);
      for (const [key] of entries) if (HELM_REFERENCE.test(key)) return [...path4, key];
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push([entries[i][1], [...path4, entries[i][0]]]);
    }
  }
  return null;
}

// src/parse/json-error.ts
var Stop = class {
  constructor(offset, reason) {
    this.offset = offset;
    this.reason = reason;
  }
  offset;
  reason;
};
function findJsonError(text) {
  let i = 0;
  const fail = (reason) => {
    throw new Stop(i, reason);
  };
  const skipSpace = () => {
    while (i < text.length && " 	\n\r".includes(text[i])) i++;
  };
  const expect = (what) => {
    if (i >= text.length) fail(`unexpected end of file, expected ${what}`);
  };
  const literal = (word) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`expected ${word}`);
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const c3 = text.charCodeAt(i);
      if (c3 < 32) fail("control character in a string (escape it, e.g. \\n)");
      if (text[i] === "\\") {
        i++;
        if (!/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i, i + 5)))
          fail("bad escape in a string");
      }
      i++;
    }
    if (i >= text.length) fail("unterminated string");
    i++;
  };
  const number = () => {
    const m2 = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m2) fail("malformed number");
    i += m2[0].length;
  };
  const container = (close) => {
    i++;
    skipSpace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (; ; ) {
      if (close === "}") {
        skipSpace();
        expect("a property name");
        if (text[i] !== '"') fail("expected a property name in double quotes");
        string();
        skipSpace();
        expect("':'");
        if (text[i] !== ":") fail("expected ':' after the property name");
        i++;
      }
      value();
      skipSpace();
      expect(`',' or '${close}'`);
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ",") fail(`expected ',' or '${close}'`);
      i++;
      skipSpace();
      if (text[i] === close) fail(`trailing comma before '${close}'`);
    }
  };
  const value = () => {
    skipSpace();
    expect("a value");
    const c3 = text[i];
    if (c3 === "{") container("}");
    else if (c3 === "[") container("]");
    else if (c3 === '"') string();
    else if (c3 === "-" || c3 >= "0" && c3 <= "9") number();
    else if (c3 === "t") literal("true");
    else if (c3 === "f") literal("false");
    else if (c3 === "n") literal("null");
    else fail(`unexpected character '${c3}'`);
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail("unexpected text after the JSON value");
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, reason: e.reason };
    throw e;
  }
  return { offset: 0, reason: "the file is not valid JSON" };
}

// src/parse/node-events.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/parse/text-guard.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_FLOW_DEPTH = 100;
var MAX_BLOCK_DEPTH = 300;
function firstUnprintable(text) {
  for (let i = 0; i < text.length; i++) {
    const c3 = text.charCodeAt(i);
    if (c3 < 32 ? c3 !== 9 && c3 !== 10 && c3 !== 13 : c3 === 127 || c3 === 65533) return i;
  }
  return -1;
}
var DEEP_BLOCK = new RegExp(`^(?:[ \\t]|[-?:][ \\t]){${MAX_BLOCK_DEPTH}}`, "m");
function findTextProblem(text) {
  const bad = firstUnprintable(text);
  if (bad >= 0) {
    const code2 = text.charCodeAt(bad);
    const reason = code2 === 65533 ? "the file is not valid UTF-8 text (a byte sequence here could not be decoded, or the file holds U+FFFD); is it a binary file? Save it as UTF-8" : `the file holds the control character U+${code2.toString(16).toUpperCase().padStart(4, "0")} here, which YAML and JSON do not allow; is it a binary file? Remove the character`;
    return { offset: bad, reason };
  }
  const block = DEEP_BLOCK.exec(text);
  if (block !== null) {
    return {
      offset: block.index + block[0].length,
      reason: `blocks nest more than ${MAX_BLOCK_DEPTH} levels deep here, deeper than reachdiff reads (no Kubernetes manifest does); flatten the document`
    };
  }
  return null;
}
var DEEP_FLOW_REASON = `lists and mappings nest more than ${MAX_FLOW_DEPTH} levels deep here, deeper than reachdiff reads (no Kubernetes manifest does); flatten the document`;
function findDeepNesting(text) {
  const deep = deepFlowOffset(text);
  return deep === null ? null : { offset: deep, reason: DEEP_FLOW_REASON };
}
function nestsDeeperThan(value, max) {
  const stack = [[value, 0]];
  while (stack.length > 0) {
    const [v2, depth] = stack.pop();
    if (v2 === null || typeof v2 !== "object") continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v2) ? v2 : Object.values(v2)) stack.push([child, depth + 1]);
  }
  return false;
}
var DEEP_VALUE_REASON = `lists and mappings nest more than ${MAX_FLOW_DEPTH} levels deep, deeper than reachdiff reads (no Kubernetes manifest does); flatten the document`;
function deepFlowOffset(text) {
  let brackets = 0;
  for (let i = 0; i < text.length && brackets <= MAX_FLOW_DEPTH; i++) {
    const c3 = text.charCodeAt(i);
    if (c3 === 91 || c3 === 123) brackets++;
  }
  if (brackets <= MAX_FLOW_DEPTH) return null;
  let depth = 0;
  let offset = 0;
  for (const token of new import_yaml.Lexer().lex(text)) {
    if (token === "[" || token === "{") {
      depth++;
      if (depth > MAX_FLOW_DEPTH) return offset;
    } else if (token === "]" || token === "}") {
      depth = Math.max(0, depth - 1);
    } else if (token === "" || token === "" || token === "") {
      if (token === "") depth = 0;
      continue;
    }
    offset += token.length;
  }
  return null;
}

// src/parse/node-events.ts
function* yamlNodeEvents(doc) {
  yield* nodeEvents(doc.contents);
}
function* nodeEvents(node) {
  if ((0, import_yaml2.isAlias)(node)) {
    yield { kind: "alias", name: node.source, offset: node.range?.[0] ?? 0 };
  } else if ((0, import_yaml2.isMap)(node) || (0, import_yaml2.isSeq)(node)) {
    yield { kind: "open", anchor: node.anchor ?? null };
    for (const item of node.items) {
      if ((0, import_yaml2.isPair)(item)) {
        yield* nodeEvents(item.key);
        yield* nodeEvents(item.value);
      } else {
        yield* nodeEvents(item);
      }
    }
    yield { kind: "close" };
  } else if ((0, import_yaml2.isScalar)(node)) {
    yield { kind: "scalar", anchor: node.anchor ?? null };
  }
}
function jsYamlNodeEvents(text) {
  let events;
  try {
    events = parseEvents(text, { maxDepth: MAX_BLOCK_DEPTH + MAX_FLOW_DEPTH });
  } catch {
    return null;
  }
  const documents = [];
  let current = [];
  let depth = 0;
  const anchor = (e) => e.anchorStart < 0 ? null : text.slice(e.anchorStart, e.anchorEnd);
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        current = [];
        documents.push(current);
        depth = 0;
        break;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING:
        current.push({ kind: "open", anchor: anchor(event) });
        depth++;
        break;
      case EVENT_ID.SCALAR:
        current.push({ kind: "scalar", anchor: anchor(event) });
        break;
      case EVENT_ID.ALIAS: {
        const name = text.slice(event.anchorStart, event.anchorEnd);
        current.push({ kind: "alias", name, offset: event.anchorStart - 1 });
        break;
      }
      case EVENT_ID.POP:
        if (depth > 0) {
          current.push({ kind: "close" });
          depth--;
        }
        break;
    }
  }
  return documents;
}

// src/parse/positions.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/parse/document-segments.ts
var START_MARKER = /^---(?:[ \t]|$)/;
var CONTENT = /^[ \t]*[^\s#]/;
function documentSegments(text) {
  const segments = [];
  let current = { start: 0, line: 1, content: false };
  let offset = 0;
  let line = 1;
  while (offset <= text.length) {
    const newline = text.indexOf("\n", offset);
    const end = newline < 0 ? text.length : newline;
    const lineText = text.slice(offset, end).replace(/\r$/, "");
    if (lineText.startsWith("%") || /^\.\.\.(?:[ \t]|$)/.test(lineText)) return null;
    if (START_MARKER.test(lineText)) {
      segments.push(current);
      current = { start: offset, line, content: true };
    } else if (!current.content && CONTENT.test(lineText)) {
      current.content = true;
    }
    if (newline < 0) break;
    offset = newline + 1;
    line++;
  }
  segments.push(current);
  const kept = segments.filter((s, i) => i > 0 || s.content);
  return kept.map((s, i) => ({
    start: s.start,
    end: i + 1 < kept.length ? kept[i + 1].start : text.length,
    line: s.line
  }));
}

// src/parse/yaml-documents.ts
var import_yaml3 = __toESM(require_dist(), 1);
function parseYamlFile(text) {
  const lineCounter = new import_yaml3.LineCounter();
  const parsed = (0, import_yaml3.parseAllDocuments)(text, {
    lineCounter,
    logLevel: "error",
    merge: true,
    uniqueKeys: true
  });
  return { docs: Array.isArray(parsed) ? parsed : [], lineCounter, length: text.length };
}
function decodeYamlFile(file, parsed) {
  const limit = expandedNodeLimit(parsed.length);
  return parsed.docs.map((doc) => decodeDocument(file, doc, parsed.lineCounter, limit));
}
function decodeDocument(file, doc, lc, limit) {
  const at2 = (offset) => {
    const pos = lc.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    return {
      value: void 0,
      diagnostics: reportedErrors(doc.errors).map((e) => errorDiagnostic(e, at2, doc))
    };
  }
  const complexKey = findComplexKey(doc);
  if (complexKey !== null) {
    const message = "A mapping key here is itself a mapping or a list; Kubernetes manifests need plain string keys. Quote the key or fix the indentation; this document was skipped.";
    return {
      value: void 0,
      diagnostics: [diagnostic("error", "yaml-syntax", message, at2(complexKey))]
    };
  }
  const bomb = findAliasProblem(yamlNodeEvents(doc), limit);
  if (bomb !== null) return { value: void 0, diagnostics: [aliasDiagnostic(bomb, limit, at2)] };
  return { value: doc.toJS({ maxAliasCount: -1 }), diagnostics: [] };
}
function aliasDiagnostic(problem, limit, at2) {
  return diagnostic("error", "yaml-alias-limit", aliasMessage(problem, limit), at2(problem.offset));
}
function aliasMessage(problem, limit) {
  const fix = "the document was skipped. Replace the anchors and aliases with plain YAML.";
  switch (problem.reason) {
    case "size":
      return `Aliases expand this document past ${limit.toLocaleString("en-US")} nodes at this alias, which looks like a YAML bomb; ${fix}`;
    case "depth":
      return `Aliases nest this document more than ${MAX_EXPANDED_DEPTH} levels deep at this alias, which looks like a YAML bomb; ${fix}`;
    case "cycle":
      return `This alias refers to a node that contains it, so its value would be infinite; ${fix}`;
    default:
      return assertNever(problem.reason, "alias problem");
  }
}
function reportedErrors(errors) {
  const duplicates = errors.filter((e) => e.code === "DUPLICATE_KEY");
  const syntax = errors.filter((e) => e.code !== "DUPLICATE_KEY");
  const first = syntax.reduce(
    (a, e) => a === null || e.pos[0] < a.pos[0] ? e : a,
    null
  );
  return first === null ? duplicates : [...duplicates, first];
}
function errorDiagnostic(error, at2, doc) {
  const reason = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
  if (error.code === "DUPLICATE_KEY") {
    const message2 = `${reason}: this key appears twice in the same mapping, and kubectl rejects such an object. Remove one of the two entries; this document was skipped.`;
    return diagnostic("error", "duplicate-key", message2, at2(error.pos[0]));
  }
  const opened = error.code === "MISSING_CHAR" ? unclosedQuote(doc, error.pos[0]) : null;
  if (opened !== null) {
    const message2 = `YAML syntax error: this ${opened.quote} quote is never closed, so the rest of the file reads as one string. Close the quote; this document and any after it were skipped.`;
    return diagnostic("error", "yaml-syntax", message2, at2(opened.offset));
  }
  const message = `YAML syntax error: ${reason}. Fix the YAML (indentation, a ':' after each key, matching quotes and brackets); this document was skipped.`;
  return diagnostic("error", "yaml-syntax", message, at2(error.pos[0]));
}
function unclosedQuote(doc, end) {
  let found = null;
  (0, import_yaml3.visit)(doc, {
    Scalar(_3, node) {
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (quoted && node.range !== void 0 && node.range !== null && node.range[1] === end) {
        found = {
          offset: node.range[0],
          quote: node.type === "QUOTE_DOUBLE" ? "double" : "single"
        };
        return import_yaml3.visit.BREAK;
      }
      return void 0;
    }
  });
  return found;
}
function findComplexKey(doc) {
  let found = null;
  (0, import_yaml3.visit)(doc, {
    Pair(_3, pair) {
      if ((0, import_yaml3.isPair)(pair) && (0, import_yaml3.isCollection)(pair.key)) {
        found = pair.key.range?.[0] ?? 0;
        return import_yaml3.visit.BREAK;
      }
      return void 0;
    }
  });
  return found;
}

// src/parse/positions.ts
var MAX_SINGLE_DOCUMENTS = 8;
function createLocator(source) {
  const { file } = source;
  let segments;
  const single = /* @__PURE__ */ new Map();
  const oneDocument = (docIndex) => {
    const cached = single.get(docIndex);
    if (cached) return cached;
    if (segments === void 0) segments = documentSegments(source.text);
    const segment = segments?.length === source.documents ? segments[docIndex] : void 0;
    if (segment === void 0) return null;
    const parsed = parseYamlFile(source.text.slice(segment.start, segment.end));
    const doc = parsed.docs[0];
    if (doc === void 0 || parsed.docs.length !== 1) return null;
    const entry = { doc, lineCounter: parsed.lineCounter, line: segment.line };
    single.set(docIndex, entry);
    return entry;
  };
  return (docIndex, listIndex, path4) => {
    const one = source.parsed() || single.size >= MAX_SINGLE_DOCUMENTS && !single.has(docIndex) ? null : oneDocument(docIndex);
    if (one !== null) {
      const pos2 = one.lineCounter.linePos(offsetOf(one.doc, listIndex, path4));
      return { file, line: pos2.line + one.line - 1, column: pos2.col };
    }
    const parsed = source.yamlFile();
    const doc = parsed.docs[docIndex];
    if (doc === void 0) return { file, line: 1, column: 1 };
    const pos = parsed.lineCounter.linePos(offsetOf(doc, listIndex, path4));
    return { file, line: pos.line, column: pos.col };
  };
}
function offsetOf(doc, listIndex, path4) {
  let node = doc.contents;
  let offset = startOf(node) ?? doc.range[0];
  const steps = listIndex === null ? path4 : ["items", listIndex, ...path4];
  for (const step of steps) {
    node = (0, import_yaml4.isAlias)(node) ? node.resolve(doc) : node;
    const next = childOf(node, step);
    if (next === null) break;
    offset = next.offset;
    node = next.node;
  }
  return offset;
}
function childOf(node, step) {
  if ((0, import_yaml4.isMap)(node)) {
    for (const pair of node.items) {
      if ((0, import_yaml4.isScalar)(pair.key) && String(pair.key.value) === String(step)) {
        const offset = startOf(pair.key);
        return offset === null ? null : { node: pair.value, offset };
      }
    }
    return null;
  }
  if ((0, import_yaml4.isSeq)(node) && typeof step === "number") {
    const item = node.items[step];
    const offset = startOf(item);
    return offset === null ? null : { node: item, offset };
  }
  return null;
}
function startOf(node) {
  return (0, import_yaml4.isNode)(node) && node.range ? node.range[0] : null;
}

// src/parse/resource.ts
function makeResource(object2, file, docIndex, listIndex, locator) {
  const metadata = object2.metadata;
  const meta = typeof metadata === "object" && metadata !== null && !Array.isArray(metadata) ? metadata : {};
  return {
    apiVersion: String(object2.apiVersion),
    kind: String(object2.kind),
    name: typeof meta.name === "string" ? meta.name : "",
    namespace: typeof meta.namespace === "string" ? meta.namespace : null,
    object: object2,
    file,
    docIndex,
    listIndex,
    locate: (path4) => locator(docIndex, listIndex, path4)
  };
}

// src/parse/split-lists.ts
function splitDocument(value) {
  if (value === null || value === void 0) return [];
  const top = classify(value, null);
  if (top.kind !== "manifest") return [top];
  const kind = top.object.kind;
  if (typeof kind !== "string" || !kind.endsWith("List")) return [top];
  const items = top.object.items;
  if (items === void 0 || items === null) return [];
  if (!Array.isArray(items))
    return [{ kind: "bad-list-items", what: describe(items), listIndex: null }];
  return items.map((item, index) => {
    const inner = classify(item, index);
    return inner.kind === "manifest" && isList(inner.object) ? { kind: "nested-list", listIndex: index } : inner;
  });
}
function isList(object2) {
  return typeof object2.kind === "string" && object2.kind.endsWith("List") && "items" in object2;
}
function classify(value, listIndex) {
  if (!isJsonObject(value)) return { kind: "not-an-object", what: describe(value), listIndex };
  if (typeof value.apiVersion !== "string" || typeof value.kind !== "string") {
    return { kind: "not-kubernetes", listIndex };
  }
  return { kind: "manifest", object: value, listIndex };
}
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe(value) {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "a boolean";
  if (value === null) return "null";
  if (typeof value === "object") return "a mapping";
  return `a ${typeof value}`;
}

// src/parse/text-position.ts
function offsetToOrigin(file, text, offset) {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { file, line, column: end - lineStart + 1 };
}

// src/parse/index.ts
function parseFiles(files) {
  const resources = [];
  const diagnostics = [];
  let incomplete = false;
  for (const file of files) {
    const result = parseFile(file);
    resources.push(...result.resources);
    diagnostics.push(...result.diagnostics);
    incomplete ||= result.incomplete;
  }
  return { resources, diagnostics, incomplete };
}
function parseFile(file) {
  const text = file.text.charCodeAt(0) === 65279 ? file.text.slice(1) : file.text;
  const format = file.path.toLowerCase().endsWith(".json") ? "json" : "yaml";
  const problem = findTextProblem(text);
  if (problem !== null)
    return unreadableText(file.path, text, format, problem.offset, problem.reason);
  let yamlFile;
  const getYamlFile = () => {
    yamlFile ??= parseYamlFile(text);
    return yamlFile;
  };
  const fast = decodeFast(text, format);
  let documents = fast?.length ?? 0;
  const locator = createLocator({
    file: file.path,
    text,
    yamlFile: getYamlFile,
    parsed: () => yamlFile !== void 0 || format === "json",
    get documents() {
      return documents;
    }
  });
  let decoded;
  if (fast !== null) {
    if (fast.some((value) => nestsDeeperThan(value, MAX_FLOW_DEPTH))) {
      const deep = findDeepNesting(text) ?? { offset: 0, reason: DEEP_VALUE_REASON };
      return unreadableText(file.path, text, format, deep.offset, deep.reason);
    }
    decoded = fast.map((value) => ({ value, diagnostics: [] }));
  } else if (format === "json" && !parsesAsJson(text)) {
    return text.includes("{{") ? helmTemplate(offsetToOrigin(file.path, text, templateOffset(text))) : jsonSyntaxError(file.path, text);
  } else {
    const bombs = everyDocumentABomb(file.path, text);
    if (bombs !== null) return bombs;
    const deep = findDeepNesting(text);
    if (deep !== null) return unreadableText(file.path, text, format, deep.offset, deep.reason);
    decoded = decodeYamlFile(file.path, getYamlFile());
    documents = decoded.length;
    if (format === "yaml" && text.includes("{{") && decoded.some((d2) => d2.diagnostics.length > 0)) {
      return helmTemplate(offsetToOrigin(file.path, text, templateOffset(text)));
    }
  }
  if (text.includes("{{")) {
    for (const [docIndex, doc] of decoded.entries()) {
      const path4 = findHelmValue(doc.value);
      if (path4 !== null) return helmTemplate(locator(docIndex, null, path4));
    }
  }
  return collect(file.path, decoded, locator);
}
function everyDocumentABomb(file, text) {
  if (!text.includes("*")) return null;
  const documents = jsYamlNodeEvents(text);
  if (documents === null || documents.length === 0) return null;
  const limit = expandedNodeLimit(text.length);
  const diagnostics = [];
  for (const events of documents) {
    const problem = findAliasProblem(events, limit);
    if (problem === null) return null;
    diagnostics.push(aliasDiagnostic(problem, limit, (o2) => offsetToOrigin(file, text, o2)));
  }
  return { resources: [], diagnostics, incomplete: true };
}
function parsesAsJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function collect(file, decoded, locator) {
  const resources = [];
  const diagnostics = [];
  let incomplete = false;
  decoded.forEach((doc, docIndex) => {
    diagnostics.push(...doc.diagnostics);
    if (doc.diagnostics.length > 0) {
      incomplete = true;
      return;
    }
    for (const item of splitDocument(doc.value)) {
      if (item.kind === "manifest") {
        resources.push(makeResource(item.object, file, docIndex, item.listIndex, locator));
      } else if (item.kind === "bad-list-items" || item.kind === "nested-list") {
        incomplete = true;
        const at2 = locator(docIndex, item.listIndex, item.listIndex === null ? ["items"] : []);
        diagnostics.push(diagnostic("error", "invalid-type", skippedMessage(item), at2));
      } else {
        const at2 = locator(docIndex, item.listIndex, []);
        diagnostics.push(diagnostic("info", item.kind, skippedMessage(item), at2));
      }
    }
  });
  diagnostics.sort(compareDiagnostics);
  return { resources, diagnostics, incomplete };
}
function skippedMessage(item) {
  const subject = item.listIndex === null ? "This document" : `Item ${item.listIndex} of this List`;
  switch (item.kind) {
    case "not-an-object":
      return `${subject} is ${item.what}, not a Kubernetes object; it was skipped.`;
    case "not-kubernetes":
      return `${subject} has no string apiVersion and kind, so it is not a Kubernetes manifest; it was skipped. Add apiVersion and kind if it should be analyzed.`;
    case "bad-list-items":
      return `items of this List must be a list of objects, not ${item.what}; the List was skipped. Make items a YAML list.`;
    case "nested-list":
      return `${subject} is itself a List; reachdiff does not read Lists inside Lists, so its objects were skipped. Move its items into the outer List.`;
    default:
      return assertNever(item, "document item");
  }
}
function helmTemplate(at2) {
  const message = "This is a Helm template, not rendered: run `helm template` and analyze its output. The file was skipped.";
  return {
    resources: [],
    diagnostics: [diagnostic("warning", "helm-template", message, at2)],
    incomplete: true
  };
}
function unreadableText(file, text, format, offset, reason) {
  const message = `Cannot read this file: ${reason}. The file was skipped.`;
  const code2 = format === "json" ? "json-syntax" : "yaml-syntax";
  return {
    resources: [],
    diagnostics: [diagnostic("error", code2, message, offsetToOrigin(file, text, offset))],
    incomplete: true
  };
}
function jsonSyntaxError(file, text) {
  const error = findJsonError(text);
  const message = `JSON syntax error: ${error.reason}. Fix the JSON (a missing or trailing comma, an unquoted key, a missing quote); the file was skipped.`;
  const at2 = offsetToOrigin(file, text, error.offset);
  return {
    resources: [],
    diagnostics: [diagnostic("error", "json-syntax", message, at2)],
    incomplete: true
  };
}

// src/analysis.ts
function analyzeSources(files, options = {}, readDiagnostics = []) {
  const fromFiles = parseFiles(files);
  const parsed = readDiagnostics.length === 0 ? fromFiles : {
    resources: fromFiles.resources,
    diagnostics: [...readDiagnostics, ...fromFiles.diagnostics],
    incomplete: fromFiles.incomplete || hasErrors(readDiagnostics)
  };
  const model = buildModel(parsed, options);
  return { parsed, model, graph: buildLintedGraph(model, options) };
}
function buildLintedGraph(model, options = {}) {
  const graph = buildGraph(model, options);
  const all = model.diagnostics;
  all.push(...lintGraph(graph));
  all.sort(compareDiagnostics);
  return graph;
}

// src/app/config.ts
var import_yaml5 = __toESM(require_dist(), 1);
var TOP_KEYS = /* @__PURE__ */ new Set(["defaultNamespace", "clusterCIDRs", "egress"]);
function parseConfig(text, file) {
  const diagnostics = [];
  const doc = (0, import_yaml5.parseDocument)(text, { prettyErrors: false, uniqueKeys: true });
  const lines = text.split("\n");
  const at2 = (offset) => {
    let line = 1;
    let rest = offset;
    for (const l3 of lines) {
      if (rest <= l3.length) break;
      rest -= l3.length + 1;
      line++;
    }
    return { file, line, column: rest + 1 };
  };
  for (const e of doc.errors) {
    diagnostics.push(diagnostic("error", "yaml-syntax", `config: ${e.message}`, at2(e.pos[0])));
  }
  if (diagnostics.length > 0) return { config: {}, diagnostics };
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    diagnostics.push(
      diagnostic(
        "error",
        "yaml-alias-limit",
        `config: ${e instanceof Error ? e.message : String(e)}`,
        {
          file,
          line: 1,
          column: 1
        }
      )
    );
    return { config: {}, diagnostics };
  }
  if (value === null || value === void 0) return { config: {}, diagnostics };
  const bad = (message) => diagnostics.push(diagnostic("error", "invalid-type", message, { file, line: 1, column: 1 }));
  if (typeof value !== "object" || Array.isArray(value)) {
    bad("the config file must be a mapping of options");
    return { config: {}, diagnostics };
  }
  const raw = value;
  for (const key of Object.keys(raw)) {
    if (key === "guardrails") {
      diagnostics.push(
        diagnostic(
          "error",
          "unknown-field",
          "config: guardrails are not evaluated by this version of reachdiff; remove the section (it would give a false sense of safety) or upgrade",
          { file, line: 1, column: 1 }
        )
      );
      continue;
    }
    if (!TOP_KEYS.has(key)) {
      diagnostics.push(
        diagnostic(
          "error",
          "unknown-field",
          `config: unknown option "${key}" (known: ${[...TOP_KEYS].join(", ")})`,
          { file, line: 1, column: 1 }
        )
      );
    }
  }
  const config = {};
  if (raw.defaultNamespace !== void 0) {
    if (typeof raw.defaultNamespace === "string") config.defaultNamespace = raw.defaultNamespace;
    else bad("config: defaultNamespace must be a string");
  }
  if (raw.clusterCIDRs !== void 0) {
    if (Array.isArray(raw.clusterCIDRs) && raw.clusterCIDRs.every((c3) => typeof c3 === "string")) {
      config.clusterCidrs = raw.clusterCIDRs;
    } else bad("config: clusterCIDRs must be a list of CIDR strings");
  }
  if (raw.egress !== void 0) {
    const e = raw.egress;
    const labels = e.dnsLabels;
    if (typeof e !== "object" || e.dnsNamespace !== void 0 && typeof e.dnsNamespace !== "string" || e.dnsPort !== void 0 && typeof e.dnsPort !== "number" || labels !== void 0 && Object.values(labels).some((v2) => typeof v2 !== "string")) {
      bad("config: egress takes dnsNamespace (string), dnsLabels (map), dnsPort (number)");
    } else {
      config.egress = {
        ...typeof e.dnsNamespace === "string" ? { dnsNamespace: e.dnsNamespace } : {},
        ...labels ? { dnsLabels: labels } : {},
        ...typeof e.dnsPort === "number" ? { dnsPort: e.dnsPort } : {}
      };
    }
  }
  return { config, diagnostics };
}

// src/cli/options.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
};
var COMMON_OPTIONS = {
  format: { type: "string" },
  config: { type: "string" },
  namespace: { type: "string" },
  "no-color": { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
function parseCommandArgs(args, extra) {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, ...extra },
      allowPositionals: true,
      strict: true
    });
    return { values: { ...values }, positionals };
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}
function stringOption(args, name) {
  const v2 = args.values[name];
  return typeof v2 === "string" ? v2 : void 0;
}
function flag(args, name) {
  return args.values[name] === true;
}
function formatOption(args, allowed, fallback) {
  const v2 = stringOption(args, "format");
  if (v2 === void 0) return fallback;
  if (allowed.includes(v2)) return v2;
  throw new UsageError(`--format must be one of ${allowed.join(", ")} (got "${v2}")`);
}
function namespaceOption(args, name) {
  const value = stringOption(args, name);
  if (value === void 0) return void 0;
  const problem = dns1123LabelProblem(value);
  if (problem !== null)
    throw new UsageError(
      `--${name} "${value}" is not a valid namespace name: it ${problem} (e.g. "my-namespace")`
    );
  return value;
}

// src/cli/load.ts
var InputError = class extends Error {
  constructor(message, diagnostics = []) {
    super(message);
    this.diagnostics = diagnostics;
  }
  diagnostics;
};
async function loadConfig(args, io2) {
  const named = stringOption(args, "config");
  const path4 = named ?? ".reachdiff.yaml";
  const abs = isAbsolute(path4) ? path4 : join(io2.cwd, path4);
  let text;
  try {
    text = await readFile2(abs, "utf8");
  } catch {
    if (named === void 0) return {};
    throw new InputError(`cannot read config file ${named}`);
  }
  const { config, diagnostics } = parseConfig(text, relative(io2.cwd, abs) || path4);
  if (diagnostics.some((d2) => d2.severity === "error")) {
    throw new InputError(`invalid config file ${path4}`, diagnostics);
  }
  return config;
}
function analysisOptions(args, config) {
  const ns2 = namespaceOption(args, "namespace") ?? config.defaultNamespace;
  return {
    ...ns2 !== void 0 ? { defaultNamespace: ns2 } : {},
    ...config.clusterCidrs !== void 0 ? { clusterCidrs: config.clusterCidrs } : {}
  };
}
async function loadTree(paths, io2, options) {
  const named = paths.length > 0 ? paths : ["."];
  const { files, diagnostics } = await readSources(named, { cwd: io2.cwd });
  const namedFiles = new Set(named.map((p2) => relative(io2.cwd, resolve(io2.cwd, p2)) || "."));
  const fatal = diagnostics.filter((d2) => d2.code === "unreadable-path" && namedFiles.has(d2.file));
  if (fatal.length > 0) throw new InputError("cannot read the given paths", fatal);
  const analysis = analyzeSources(files, options, diagnostics);
  warnIfNoManifests(analysis.model, `under ${named.join(", ")}`, named[0]);
  return analysis;
}
function warnIfNoManifests(model, where, file) {
  const empty = model.workloads.length === 0 && model.policies.length === 0 && !model.namespaces.some((n) => n.declared);
  if (!empty) return;
  const message = `no Kubernetes manifests found ${where}; check the path`;
  const at2 = { file, line: 1, column: 1 };
  const all = model.diagnostics;
  all.push(diagnostic("warning", "no-manifests", message, at2));
  all.sort(compareDiagnostics);
}

// src/cli/commands/analyze.ts
var FORMATS = ["text", "json", "markdown", "mermaid", "dot"];
async function analyzeCommand(argv, io2) {
  const args = parseCommandArgs(argv, {});
  const format = formatOption(args, FORMATS, "text");
  const config = await loadConfig(args, io2);
  const { model, graph } = await loadTree(args.positionals, io2, analysisOptions(args, config));
  printDiagnostics(io2, model.diagnostics, flag(args, "quiet"));
  const color = useColor(io2, flag(args, "no-color"));
  switch (format) {
    case "json":
      await outChunks(io2, analyzeJsonChunks(graph));
      break;
    case "text":
      io2.out(withNewline(renderAnalyzeText(graph, { color })));
      break;
    case "markdown":
      io2.out(withNewline(renderAnalyzeMarkdown(graph)));
      break;
    case "mermaid":
      io2.out(withNewline(renderAnalyzeMermaid(graph)));
      break;
    case "dot":
      io2.out(withNewline(renderAnalyzeDot(graph)));
      break;
    default:
      assertNever(format, "format");
  }
  if (model.incomplete) {
    const why = seeAbove(model.diagnostics, flag(args, "quiet"));
    io2.err(`reachdiff analyze: the result is incomplete: some input could not be used (${why})
`);
    return 2;
  }
  return 0;
}

// src/cli/commands/diff.ts
import { stat as stat3 } from "node:fs/promises";
import { isAbsolute as isAbsolute2, join as join2 } from "node:path";

// src/app/diff-revisions.ts
import { stat as stat2 } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// src/adapters/git-blob-cache.ts
import { createHash } from "node:crypto";
function blobOid(text) {
  const bytes = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function createParseCache() {
  const cache = /* @__PURE__ */ new Map();
  let parsedCount = 0;
  return {
    get parsedCount() {
      return parsedCount;
    },
    parse(files) {
      const resources = [];
      const diagnostics = [];
      let incomplete = false;
      for (const file of files) {
        const key = `${file.oid ?? blobOid(file.text)}\0${file.path}`;
        let result = cache.get(key);
        if (!result) {
          result = parseFile({ path: file.path, text: file.text });
          parsedCount++;
          cache.set(key, result);
        }
        resources.push(...result.resources);
        diagnostics.push(...result.diagnostics);
        incomplete ||= result.incomplete;
      }
      return { resources, diagnostics, incomplete };
    }
  };
}

// node_modules/@simple-git/args-pathspec/dist/index.mjs
var t = /* @__PURE__ */ new WeakMap();
function c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}

// node_modules/simple-git/dist/index.mjs
var import_file_exists = __toESM(require_dist2(), 1);
var import_debug = __toESM(require_src(), 1);
var import_promise_deferred = __toESM(require_dist3(), 1);
import { spawn as ve } from "node:child_process";
import { normalize as Se } from "node:path";

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* x(e, n) {
  const t2 = n === "global";
  for (const o2 of e)
    o2.isGlobal === t2 && (yield o2);
}
var P = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]);
var S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]);
var E = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]);
var F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function A(e, n) {
  for (const { name: o2 } of x(e, "task")) {
    if (P.has(o2))
      return w(true, n);
    if (S.has(o2))
      return w(false, n);
  }
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : E.has(t2) ? w(true, n.slice(1)) : F.has(t2) ? w(false, n.slice(1)) : n.length === 1 ? w(false, n) : w(true, n);
}
function w(e = false, n = []) {
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t2,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t2 = N(n), o2 = t2 && G(n.value);
    o2 && (yield {
      ...o2,
      scope: t2
    });
  }
}
function D(e, n, t2) {
  const o2 = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o2,
    M(n),
    A(n, t2)
  ), o2;
}
function L(e, n, t2) {
  if (t2 === null)
    return;
  const o2 = O(n, t2);
  t2.isWrite ? e.write.push(o2) : e.read.push(o2);
}
var C = {
  short: /* @__PURE__ */ new Map([
    ["c", true]
    //  -c <k=v>    set config key for this invocation
  ])
};
var I = {
  short: new Map([
    ["C", true],
    //  -C <path>   change working directory
    ["P", false],
    // -P          no pager (alias for --no-pager)
    ["h", false],
    // -h          help
    ["p", false],
    // -p          paginate
    ["v", false],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
};
var R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", true],
      // -b <branch>
      ["j", true],
      // -j <n>          parallel jobs
      ["l", false],
      // -l local
      ["n", false],
      // -n no-checkout
      ["o", true],
      // -o <name>       remote name
      ["q", false],
      // -q quiet
      ["s", false],
      // -s shared
      ["u", true]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", true],
      // -C <commit>  reuse message
      ["F", true],
      // -F <file>    read message from file
      ["c", true],
      // -c <commit>  reedit message
      ["m", true],
      // -m <msg>
      ["t", true]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", false],
      // -e  open editor
      ["f", true],
      //  -f <file>
      ["l", false]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  },
  rebase: {
    short: /* @__PURE__ */ new Map([
      ["X", true],
      // -X <option>   strategy option
      ["f", false],
      // -f force-rebase
      ["i", false],
      // -i interactive
      ["k", false],
      // -k keep-base
      ["m", false],
      // -m merge
      ["n", false],
      // -n no-stat
      ["q", false],
      // -q quiet
      ["r", false],
      // -r rebase-merges
      ["s", true],
      // -s <strategy>
      ["v", false],
      // -v verbose
      ["x", true]
      // -x <cmd>      exec
    ]),
    long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
  }
};
var T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t2 = e.indexOf("=");
    if (t2 > 2)
      return [{ name: e.slice(0, t2), value: e.slice(t2 + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o2) }];
  }
  if (e.length === 2) {
    const t2 = e.charAt(1), o2 = n.short.get(t2);
    return [{ name: e, needsNext: o2 === true }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t2 = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < t2.length; a++) {
    const s = t2[a], r2 = n.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: false }];
    if (r2) {
      const i = t2.slice(a + 1).join("");
      if (i && ![...i].every((m2) => n.has(m2)))
        return o2.push({ name: `-${s}`, value: i, needsNext: false }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function W(e, n = []) {
  let t2 = 0;
  for (; t2 < e.length; ) {
    const o2 = String(e[t2]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const a = b(o2);
    let s = t2 + 1;
    for (const r2 of a) {
      const i = {
        name: r2.name,
        value: r2.value,
        absorbedNext: false,
        isGlobal: true
      };
      r2.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = true, s++), n.push(i);
    }
    t2 = s;
  }
  return { flags: n, taskIndex: t2 };
}
function V(e, n, t2 = []) {
  const o2 = B(n), a = [], s = [];
  let r2 = 0;
  for (; r2 < e.length; ) {
    const i = e[r2];
    if (r(i)) {
      s.push(...o(i)), r2++;
      continue;
    }
    const p2 = String(i);
    if (p2 === "--") {
      for (let d2 = r2 + 1; d2 < e.length; d2++) {
        const g2 = e[d2];
        r(g2) ? s.push(...o(g2)) : s.push(String(g2));
      }
      break;
    }
    if (!p2.startsWith("-") || p2.length < 2) {
      a.push(p2), r2++;
      continue;
    }
    const m2 = b(p2, o2);
    let u2 = r2 + 1;
    for (const d2 of m2) {
      const g2 = {
        name: d2.name,
        value: d2.value,
        absorbedNext: false,
        isGlobal: false
      };
      d2.needsNext && g2.value === void 0 && u2 < e.length && !r(e[u2]) && (g2.value = String(e[u2]), g2.absorbedNext = true, u2++), t2.push(g2);
    }
    r2 = u2;
  }
  return { flags: t2, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t2 of K) {
      const o2 = t2(n.key);
      o2 && (yield o2);
    }
}
function f(e, n, t2 = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t2} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t2 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t2, n, e);
}
var K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function* H(e, n) {
  for (const t2 of n)
    for (const o2 of X) {
      const a = o2(e, t2);
      a && (yield a);
    }
}
function c2(e, n, t2, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t2}`;
  return function(m2, u2) {
    if (!(e && m2 !== e) && !(a && !u2.isGlobal) && !(s && u2.value === void 0) && r2.test(u2.name))
      return {
        category: t2,
        message: i
      };
  };
}
var h = { globalOnly: true, withValue: true };
var X = [
  c2(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c2("clone", /^-\w*u/, "allowUnsafePack"),
  c2("clone", "--u", "allowUnsafePack"),
  c2("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c2("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c2(null, "--template", "allowUnsafeTemplateDir"),
  c2(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c2(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c2(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c2(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
function k(e, n, t2) {
  return [...H(e, n), ...q(t2)];
}
function Y(...e) {
  const { flags: n, taskIndex: t2 } = W(e), o2 = t2 < e.length ? String(e[t2]).toLowerCase() : null, a = o2 !== null ? e.slice(t2 + 1) : [], { positionals: s, pathspecs: r2 } = V(a, o2, n), i = D(o2, n, s);
  return {
    task: o2,
    flags: n.map(J),
    paths: r2,
    config: i,
    vulnerabilities: z(k(o2, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
var y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t2 = 0; t2 < n; t2++) {
    const o2 = e[`git_config_key_${t2}`], a = e[`git_config_value_${t2}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t2 = y[n];
      yield {
        category: t2,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t2}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t2, o2] of Object.entries(e)) {
    const a = t2.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o2));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t2 = {
    read: [],
    write: [...Q(n)]
  }, o2 = [
    ...Z(n),
    ...k(null, [], t2)
  ];
  return {
    config: t2,
    vulnerabilities: o2
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}

// node_modules/simple-git/dist/index.mjs
import { EventEmitter as Ce } from "node:events";
var O2 = class extends Error {
  constructor(e, n) {
    super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var Ae = class extends O2 {
  constructor(e, n) {
    super(void 0, n), this.config = e;
  }
};
var A2 = class extends O2 {
  constructor(e, n, r2) {
    super(e, r2), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var at = class extends O2 {
  constructor(e, n) {
    super(void 0, n || String(e)), this.git = e;
  }
};
var xe = class extends O2 {
  constructor(e) {
    super(void 0, e);
  }
};
var I2 = "\0";
var W2 = () => {
};
function Ne(t2) {
  return typeof t2 != "function" ? W2 : t2;
}
function $e(t2) {
  return typeof t2 == "function" && t2 !== W2;
}
function Pe(t2, e) {
  const n = t2.indexOf(e);
  return n <= 0 ? [t2, ""] : [t2.substr(0, n), t2.substr(n + 1)];
}
function Me(t2, e = 0) {
  return Dt(t2) && t2.length > e ? t2[e] : void 0;
}
function N2(t2, e = 0) {
  if (Dt(t2) && t2.length > e)
    return t2[t2.length - 1 - e];
}
function Dt(t2) {
  return Bt(t2);
}
function H2(t2 = "", e = true, n = `
`) {
  return t2.split(n).reduce((r2, s) => {
    const o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ut(t2, e) {
  return H2(t2, true).map((n) => e(n));
}
function Lt(t2) {
  return (0, import_file_exists.exists)(t2, import_file_exists.FOLDER);
}
function S2(t2, e) {
  return Array.isArray(t2) ? t2.includes(e) || t2.push(e) : t2.add(e), e;
}
function De(t2, e) {
  return Array.isArray(t2) && !t2.includes(e) && t2.push(e), t2;
}
function ct(t2, e) {
  if (Array.isArray(t2)) {
    const n = t2.indexOf(e);
    n >= 0 && t2.splice(n, 1);
  } else
    t2.delete(e);
  return e;
}
var ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t2) {
  return Array.isArray(t2) ? t2 : [t2];
}
function jt(t2) {
  return t2.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function L2(t2) {
  return v(t2).map((e) => e instanceof String ? e : String(e));
}
function p(t2, e = 0) {
  if (t2 == null)
    return e;
  const n = parseInt(t2, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t2, e) {
  const n = [];
  for (let r2 = 0, s = t2.length; r2 < s; r2++)
    n.push(e, t2[r2]);
  return n;
}
function F2(t2) {
  return (Array.isArray(t2) ? Buffer.concat(t2) : t2).toString("utf-8");
}
function Le(t2) {
  return t2 ? Buffer.isBuffer(t2) ? t2.length : Buffer.byteLength(t2) : 0;
}
function je(t2, e) {
  const n = {};
  return e.forEach((r2) => {
    t2[r2] !== void 0 && (n[r2] = t2[r2]);
  }), n;
}
function wt(t2 = 0) {
  return new Promise((e) => setTimeout(e, t2));
}
function bt(t2) {
  if (t2 !== false)
    return t2;
}
function d(t2, e, n) {
  return e(t2) ? t2 : arguments.length > 2 ? n : void 0;
}
var K2 = (t2) => Array.isArray(t2);
function st(t2, e) {
  const n = r(t2) ? "string" : typeof t2;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
var m = (t2) => typeof t2 == "string" || r(t2);
var Be = (t2) => m(t2) || Buffer.isBuffer(t2);
var G2 = (t2) => m(t2) || Array.isArray(t2) && t2.every(m);
function lt(t2) {
  return !!t2 && ft(t2) === "[object Object]";
}
function Ie(t2) {
  return typeof t2 == "function";
}
var Bt = (t2) => t2 == null || "number|boolean|function".includes(typeof t2) ? false : typeof t2.length == "number";
var V2 = /* @__PURE__ */ ((t2) => (t2[t2.SUCCESS = 0] = "SUCCESS", t2[t2.ERROR = 1] = "ERROR", t2[t2.NOT_FOUND = -2] = "NOT_FOUND", t2[t2.UNCLEAN = 128] = "UNCLEAN", t2))(V2 || {});
var z2 = class _z {
  constructor(e, n) {
    this.stdOut = e, this.stdErr = n;
  }
  asStrings() {
    return new _z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
  }
};
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
var l2 = class {
  constructor(e, n) {
    this.matches = [], this.useMatches = Ue, this.parse = (r2, s) => (this.resetMatches(), this._regExp.every((o2, i) => this.addMatch(o2, i, r2(i))) ? this.useMatches(s, this.prepareMatches()) !== false : false), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
  }
  resetMatches() {
    this.matches.length = 0;
  }
  prepareMatches() {
    return this.matches;
  }
  addMatch(e, n, r2) {
    const s = r2 && e.exec(r2);
    return s && this.pushMatch(n, s), !!s;
  }
  pushMatch(e, n) {
    this.matches.push(...n.slice(1));
  }
};
var x2 = class extends l2 {
  addMatch(e, n, r2) {
    return /^remote:\s/.test(String(r2)) && super.addMatch(e, n, r2);
  }
  pushMatch(e, n) {
    (e > 0 || n.length > 1) && super.pushMatch(e, n);
  }
};
var Fe = {
  binary: "git",
  maxConcurrentProcesses: 5,
  config: [],
  trimmed: false
};
function Ge(...t2) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t2.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
}
function It(t2, e = []) {
  return lt(t2) ? Object.keys(t2).reduce((n, r2) => {
    const s = t2[r2];
    if (r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r2 + "=" + s);
    else if (Array.isArray(s))
      for (const o2 of s)
        st(o2, ["string", "number"]) || n.push(r2 + "=" + o2);
    else
      n.push(r2);
    return n;
  }, e) : e;
}
function h2(t2, e = 0, n = false) {
  const r2 = [];
  for (let s = 0, o2 = e < 0 ? t2.length : e; s < o2; s++)
    "string|number".includes(typeof t2[s]) && r2.push(String(t2[s]));
  return It(ht(t2), r2), n || r2.push(...ze(t2)), r2;
}
function ze(t2) {
  const e = typeof N2(t2) == "function";
  return L2(d(N2(t2, e ? 1 : 0), K2, []));
}
function ht(t2) {
  const e = Ie(N2(t2));
  return d(N2(t2, e ? 1 : 0), lt);
}
function u(t2, e = true) {
  const n = Ne(N2(t2));
  return e || $e(n) ? n : void 0;
}
function Tt(t2, e) {
  return t2(e.stdOut, e.stdErr);
}
function E2(t2, e, n, r2 = true) {
  return v(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      const c3 = (y2 = 0) => {
        if (!(i + y2 >= a))
          return o2[i + y2];
      };
      e.some(({ parse: y2 }) => y2(c3, t2));
    }
  }), t2;
}
var mt = ({ exitCode: t2 }, e, n, r2) => {
  if (t2 === V2.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r2(e);
};
var Ut = (t2) => t2.trim() === "true";
function We(t2) {
  switch (t2) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t2) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t2));
}
var Xe = class {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
};
var Ye = /^[a-z]+\s*/i;
var Qe = /^[a-z]+\s+[a-z]+\s*/i;
var Je = /\/$/;
function Ze(t2, e) {
  const n = new Xe(t2), r2 = t2 ? Qe : Ye;
  return H2(e).forEach((s) => {
    const o2 = s.replace(r2, "");
    n.paths.push(o2), (Je.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
var Ft = [];
function tn(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser: t2
  };
}
function b2(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t2 == "string" ? new xe(t2) : t2;
    }
  };
}
function g(t2, e = false) {
  return {
    commands: t2,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t2) {
  return {
    commands: t2,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t2) {
  return t2.format === "buffer";
}
function kt(t2) {
  return t2.format === "empty" || !t2.commands.length;
}
var nn = "Git clean interactive mode is not supported";
var rn = 'Git clean mode parameter ("n" or "f") is required';
var sn = "Git clean unknown option found in: ";
var zt = /* @__PURE__ */ ((t2) => (t2.DRY_RUN = "n", t2.FORCE = "f", t2.IGNORED_INCLUDED = "x", t2.IGNORED_ONLY = "X", t2.EXCLUDING = "e", t2.QUIET = "q", t2.RECURSIVE = "d", t2))(zt || {});
var qt = /* @__PURE__ */ new Set([
  "i",
  ...L2(Object.values(zt))
]);
function on(t2, e) {
  const { cleanMode: n, options: r2, valid: s } = cn(t2);
  return n ? s.options ? (r2.push(...e), r2.some(hn) ? b2(nn) : an(n, r2)) : b2(sn + JSON.stringify(t2)) : b2(rn);
}
function an(t2, e) {
  return {
    commands: ["clean", `-${t2}`, ...e],
    format: "utf-8",
    parser(r2) {
      return Ze(t2 === "n", r2);
    }
  };
}
function un(t2) {
  return Array.isArray(t2) && t2.every((e) => qt.has(e));
}
function cn(t2) {
  let e, n = [], r2 = { cleanMode: false, options: true };
  return t2.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r2.cleanMode = true) : r2.options = r2.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function fn(t2) {
  return t2 === "f" || t2 === "n";
}
function ln(t2) {
  return /^-[a-z]$/i.test(t2) && qt.has(t2.charAt(1));
}
function hn(t2) {
  return /^-[^\-]/.test(t2) ? t2.indexOf("i") > 0 : t2 === "--interactive";
}
var mn = class {
  constructor() {
    this.files = [], this.values = /* @__PURE__ */ Object.create(null);
  }
  get all() {
    return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
  }
  addFile(e) {
    if (!(e in this.values)) {
      const n = N2(this.files);
      this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
    }
    return this.values[e];
  }
  addValue(e, n, r2) {
    const s = this.addFile(e);
    Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r2) : s[n] = [s[n], r2] : s[n] = r2, this._all = void 0;
  }
};
function pn(t2) {
  const e = new mn();
  for (const n of Wt(t2))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t2, e) {
  let n = null;
  const r2 = [], s = /* @__PURE__ */ new Map();
  for (const o2 of Wt(t2, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function gn(t2) {
  return t2.replace(/^(file):/, "");
}
function* Wt(t2, e = null) {
  const n = t2.split("\0");
  for (let r2 = 0, s = n.length - 1; r2 < s; ) {
    const o2 = gn(n[r2++]);
    let i = n[r2++], a = e;
    if (i.includes(`
`)) {
      const c3 = Pe(i, `
`);
      a = c3[0], i = c3[1];
    }
    yield { file: o2, key: a, value: i };
  }
}
var Ht = /* @__PURE__ */ ((t2) => (t2.system = "system", t2.global = "global", t2.local = "local", t2.worktree = "worktree", t2))(Ht || {});
function Y2(t2, e) {
  return typeof t2 == "string" && Object.hasOwn(Ht, t2) ? t2 : e;
}
function yn(t2, e, n, r2) {
  const s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t2, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function wn(t2, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t2];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return dn(r2, t2);
    }
  };
}
function bn(t2) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t2 && e.push(`--${t2}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t2, e, ...n) {
      return this._runTask(
        yn(
          t2,
          e,
          n[0] === true,
          Y2(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t2, e) {
      return this._runTask(
        wn(t2, Y2(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t2) {
      return this._runTask(
        bn(Y2(t2[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t2) => (t2.ADDED = "A", t2.COPIED = "C", t2.DELETED = "D", t2.MODIFIED = "M", t2.RENAMED = "R", t2.CHANGED = "T", t2.UNMERGED = "U", t2.UNKNOWN = "X", t2.BROKEN = "B", t2))(Kt || {});
var kn = new Set(Object.values(Kt));
function _n(t2) {
  return kn.has(t2);
}
var _t;
var vn = ["-h"];
var j2 = /* @__PURE__ */ Symbol("grepQuery");
var En = class {
  constructor() {
    this[_t] = [];
  }
  *[(_t = j2, Symbol.iterator)]() {
    for (const e of this[j2])
      yield e;
  }
  and(...e) {
    return e.length && this[j2].push("--and", "(", ...U(e, "-e"), ")"), this;
  }
  param(...e) {
    return this[j2].push(...U(e, "-e")), this;
  }
};
function Sn(...t2) {
  return new En().param(...t2);
}
function Rn(t2) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t2, (r2) => {
    const [s, o2, i] = r2.split(I2);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o2),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t2) {
      const e = u(arguments), n = h2(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            b2(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t2 == "string" && (t2 = Sn().param(t2));
      const r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t2];
      return this._runTask(
        {
          commands: r2,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
var Vt = /* @__PURE__ */ ((t2) => (t2.MIXED = "mixed", t2.SOFT = "soft", t2.HARD = "hard", t2.MERGE = "merge", t2.KEEP = "keep", t2))(Vt || {});
var Cn = L2(Object.values(Vt));
function An(t2, e) {
  const n = ["reset"];
  return Xt(t2) && n.push(`--${t2}`), n.push(...e), g(n);
}
function xn(t2) {
  if (Xt(t2))
    return t2;
  switch (typeof t2) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t2) {
  return typeof t2 == "string" && Cn.includes(t2);
}
import_debug.default.formatters.L = (t2) => String(Bt(t2) ? t2.length : "-");
import_debug.default.formatters.B = (t2) => Buffer.isBuffer(t2) ? t2.toString("utf8") : ft(t2);
function Nn() {
  return (0, import_debug.default)("simple-git");
}
function vt(t2, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t2(r2, ...s), n(r2, ...s);
  } : t2 : (r2, ...s) => {
    t2(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function $n(t2, e, { namespace: n }) {
  if (typeof t2 == "string")
    return t2;
  const r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t2, e, n, r2 = Nn()) {
  const s = t2 && `[${t2}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = $n(d(e, m), i, r2);
  return y2(n);
  function c3(w2, T2) {
    return S2(
      o2,
      $2(t2, a.replace(/^[^:]+/, w2), T2, r2)
    );
  }
  function y2(w2) {
    const T2 = w2 && `[${w2}]` || "", k2 = i && vt(i, T2) || W2, C2 = vt(r2, `${s} ${T2}`, k2);
    return Object.assign(i ? k2 : C2, {
      label: t2,
      sibling: c3,
      info: C2,
      step: y2
    });
  }
}
var M2 = class M3 {
  constructor(e = "GitExecutor") {
    this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
  }
  withProgress(e) {
    return this._queue.get(e);
  }
  createProgress(e) {
    const n = M3.getName(e.commands[0]), r2 = $2(this.logLabel, n);
    return {
      task: e,
      logger: r2,
      name: n
    };
  }
  push(e) {
    const n = this.createProgress(e);
    return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
  }
  fatal(e) {
    for (const [n, { logger: r2 }] of Array.from(this._queue.entries()))
      n === e.task ? (r2.info("Failed %o", e), r2(
        "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
      )) : r2.info(
        "A fatal exception occurred in a previous task, the queue has been purged: %o",
        e.message
      ), this.complete(n);
    if (this._queue.size !== 0)
      throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
  }
  complete(e) {
    this.withProgress(e) && this._queue.delete(e);
  }
  attempt(e) {
    const n = this.withProgress(e);
    if (!n)
      throw new O2(void 0, "TasksPendingQueue: attempt called for an unknown task");
    return n.logger("Starting task"), n;
  }
  static getName(e = "empty") {
    return `task:${e}:${++M3.counter}`;
  }
};
M2.counter = 0;
var ot = M2;
var Pn = class {
  constructor(e, n, r2) {
    this._executor = e, this._scheduler = n, this._plugins = r2, this._chain = Promise.resolve(), this._queue = new ot();
  }
  get cwd() {
    return this._cwd || this._executor.cwd;
  }
  set cwd(e) {
    this._cwd = e;
  }
  get env() {
    return this._executor.env;
  }
  get outputHandler() {
    return this._executor.outputHandler;
  }
  chain() {
    return this;
  }
  push(e) {
    return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
  }
  async attemptTask(e) {
    const n = await this._scheduler.next(), r2 = () => this._queue.complete(e);
    try {
      const { logger: s } = this._queue.attempt(e);
      return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
    } catch (s) {
      throw this.onFatalException(e, s);
    } finally {
      r2(), n();
    }
  }
  onFatalException(e, n) {
    const r2 = n instanceof O2 ? Object.assign(n, { task: e }) : new O2(e, n && String(n));
    return this._chain = Promise.resolve(), this._queue.fatal(r2), r2;
  }
  async attemptRemoteTask(e, n) {
    const r2 = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
      "spawn.args",
      [...e.commands],
      this.taskContext(e, e.commands)
    ), o2 = await this.gitResponse(
      e,
      r2,
      s,
      this.outputHandler,
      n.step("SPAWN")
    ), i = await this.handleTaskData(e, s, o2, n.step("HANDLE"));
    return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
  }
  async attemptEmptyTask(e, n) {
    return n("empty task bypassing child process to call to task's parser"), e.parser(this);
  }
  handleTaskData(e, n, r2, s) {
    const { exitCode: o2, rejection: i, stdOut: a, stdErr: c3 } = r2;
    return new Promise((y2, w2) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o2);
      const { error: T2 } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r2
        }
      );
      if (T2 && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r2,
          T2,
          (k2) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k2)), y2(
              new z2(
                Array.isArray(k2) ? Buffer.concat(k2) : k2,
                Buffer.concat(c3)
              )
            );
          },
          w2
        );
      if (T2)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o2,
          c3.length,
          i
        ), w2(T2);
      s.info("retrieving task output complete"), y2(new z2(Buffer.concat(a), Buffer.concat(c3)));
    });
  }
  async gitResponse(e, n, r2, s, o2) {
    const i = o2.sibling("output"), a = this._plugins.exec(
      "spawn.options",
      {
        cwd: this.cwd,
        env: this.env,
        windowsHide: true
      },
      this.taskContext(e, e.commands)
    );
    return new Promise((c3) => {
      const y2 = [], w2 = [];
      o2.info("%s %o", n, r2), o2("%O", a);
      let T2 = this._beforeSpawn(e, r2);
      if (T2)
        return c3({
          stdOut: y2,
          stdErr: w2,
          exitCode: 9901,
          rejection: T2
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r2),
        kill(C2) {
          T2 = C2 || T2;
        }
      });
      const k2 = ve(n, r2, a);
      k2.stdout.on(
        "data",
        Et(y2, "stdOut", o2, i.step("stdOut"))
      ), k2.stderr.on(
        "data",
        Et(w2, "stdErr", o2, i.step("stdErr"))
      ), k2.on("error", Mn(w2, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k2.stdout, k2.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r2),
        spawned: k2,
        close(C2, Te) {
          c3({
            stdOut: y2,
            stdErr: w2,
            exitCode: C2,
            rejection: T2 || Te
          });
        },
        kill(C2) {
          k2.killed || (T2 = C2, k2.kill("SIGINT"));
        }
      });
    });
  }
  _beforeSpawn(e, n) {
    let r2;
    return this._plugins.exec("spawn.before", void 0, {
      ...this.taskContext(e, n),
      kill(s) {
        r2 = s || r2;
      }
    }), r2;
  }
  taskContext(e, n) {
    return {
      method: String(Me(e.commands) || ""),
      commands: n,
      env: { ...this.env },
      input: kt(e) ? void 0 : e.input
    };
  }
};
function Mn(t2, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t2.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t2, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t2.push(s);
  };
}
var Dn = class {
  constructor(e, n, r2) {
    this.cwd = e, this._scheduler = n, this._plugins = r2, this._chain = this.chain();
  }
  chain() {
    return new Pn(this, this._scheduler, this._plugins);
  }
  push(e) {
    return this._chain.push(e);
  }
};
function Ln(t2, e, n = W2) {
  const r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t2 && n(o2, void 0);
  };
  e.then(r2, s);
}
function St(t2, e) {
  return tn((n) => {
    if (!Lt(t2))
      throw new Error(`Git.cwd: cannot change to non-directory "${t2}"`);
    return (e || n).cwd = t2;
  });
}
function Q2(t2) {
  const e = ["checkout", ...t2];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        Q2(h2(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t2, e) {
      return this._runTask(
        Q2(["-b", t2, e, ...h2(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t2) {
      return this._runTask(
        Q2(["-b", t2, ...h2(arguments)]),
        u(arguments)
      );
    }
  };
}
var Yt = (t2, e, n) => {
  const r2 = ["clone", ...n];
  return m(t2) && r2.push(c(t2)), m(e) && r2.push(c(e)), g(r2);
};
var Bn = (t2, e, n) => (S2(n, "--mirror"), Yt(t2, e, n));
function Rt(t2, e, n, ...r2) {
  return m(n) ? e(n, d(r2[0], m), h2(arguments)) : b2(`git.${t2}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t2, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t2, m), ...e),
        u(arguments)
      );
    },
    mirror(t2, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t2, m), ...e),
        u(arguments)
      );
    }
  };
}
var Un = [
  new l2(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t2, [e, n, r2]) => {
    t2.branch = e, t2.commit = r2, t2.root = !!n;
  }),
  new l2(/\s*Author:\s(.+)/i, (t2, [e]) => {
    const n = e.split("<"), r2 = n.pop();
    !r2 || !r2.includes("@") || (t2.author = {
      email: r2.substr(0, r2.length - 1),
      name: n.join("<").trim()
    });
  }),
  new l2(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0, t2.summary.insertions = parseInt(n, 10) || 0, t2.summary.deletions = parseInt(r2, 10) || 0;
    }
  ),
  new l2(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r2 === "-" ? t2.summary.deletions = s : r2 === "+" && (t2.summary.insertions = s);
    }
  )
];
function Fn(t2) {
  return E2({
    author: null,
    branch: "",
    commit: "",
    root: false,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t2);
}
function Gn(t2, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t2, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r2 = u(arguments), s = t2(e) || Gn(
        v(e),
        v(d(n[0], G2, [])),
        [
          ...L2(d(n[1], K2, [])),
          ...h2(arguments, 0, true)
        ]
      );
      return this._runTask(s, r2);
    }
  };
  function t2(e) {
    return !G2(e) && b2(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
var Wn = new l2(
  /([a-z-]+): (\d+)$/,
  (t2, [e, n]) => {
    const r2 = jt(e);
    Object.hasOwn(t2, r2) && (t2[r2] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t2) {
          return E2(qn(), [Wn], t2);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], true),
        u(arguments)
      );
    }
  };
}
function Vn(t2, e) {
  const n = ["hash-object", t2];
  return e && n.push("-w"), g(n, true);
}
var J2 = class {
  constructor(e, n, r2, s) {
    this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
  }
};
var Xn = /^Init.+ repository in (.+)$/;
var Yn = /^Rein.+ in (.+)$/;
function Qn(t2, e, n) {
  const r2 = String(n).trim();
  let s;
  if (s = Xn.exec(r2))
    return new J2(t2, e, false, s[1]);
  if (s = Yn.exec(r2))
    return new J2(t2, e, true, s[1]);
  let o2 = "";
  const i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new J2(t2, e, /^re/i.test(r2), o2);
}
var Qt = "--bare";
function Jn(t2) {
  return t2.includes(Qt);
}
function Zn(t2 = false, e, n) {
  const r2 = ["init", ...n];
  return t2 && !Jn(r2) && r2.splice(1, 0, Qt), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return Qn(r2.includes("--bare"), e, s);
    }
  };
}
function tr(t2) {
  return t2 === void 0 ? b2("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r2 = n.indexOf(":");
          return [
            jt(n.substring(0, r2).toLowerCase()),
            n.substring(r2 + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t2
  };
}
function er() {
  return {
    interpretTrailers(t2) {
      return this._runTask(
        tr(d(t2, Be)),
        u(arguments)
      );
    }
  };
}
var R2 = /* @__PURE__ */ ((t2) => (t2.NONE = "", t2.STAT = "--stat", t2.NUM_STAT = "--numstat", t2.NAME_ONLY = "--name-only", t2.NAME_STATUS = "--name-status", t2))(R2 || {});
var Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t2) {
  for (let e = 0; e < t2.length; e++) {
    const n = Jt.exec(t2[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t2) {
  return Jt.test(t2);
}
var rr = class {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
};
var Ot = [
  new l2(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t2, [e, n, r2 = ""]) => {
      t2.files.push({
        file: e.trim(),
        changes: p(n),
        insertions: r2.replace(/[^+]/g, "").length,
        deletions: r2.replace(/[^-]/g, "").length,
        binary: false
      });
    }
  ),
  new l2(
    /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
    (t2, [e, n, r2]) => {
      t2.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r2),
        binary: true
      });
    }
  ),
  new l2(/^(.+)\s+\|\s+Bin\s*$/, (t2, [e]) => {
    t2.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: true
    });
  }),
  new l2(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t2, [e, n]) => {
      const r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t2.changed = p(e), t2.insertions = p(r2?.[1]), t2.deletions = p(s?.[1]);
    }
  )
];
var sr = [
  new l2(
    /(\d+)\t(\d+)\t(.+)$/,
    (t2, [e, n, r2]) => {
      const s = p(e), o2 = p(n);
      t2.changed++, t2.insertions += s, t2.deletions += o2, t2.files.push({
        file: r2,
        changes: s + o2,
        insertions: s,
        deletions: o2,
        binary: false
      });
    }
  ),
  new l2(/-\t-\t(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: true
    });
  })
];
var or = [
  new l2(/(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      changes: 0,
      insertions: 0,
      deletions: 0,
      binary: false
    });
  })
];
var ir = [
  new l2(
    /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
    (t2, [e, n, r2, s, o2]) => {
      t2.changed++, t2.files.push({
        file: o2 ?? r2,
        changes: 0,
        insertions: 0,
        deletions: 0,
        binary: false,
        status: bt(_n(e) && e),
        from: bt(!!o2 && r2 !== o2 && r2),
        similarity: p(n)
      });
    }
  )
];
var ar = {
  [R2.NONE]: Ot,
  [R2.STAT]: Ot,
  [R2.NUM_STAT]: sr,
  [R2.NAME_STATUS]: ir,
  [R2.NAME_ONLY]: or
};
function Zt(t2 = R2.NONE) {
  const e = ar[t2];
  return (n) => E2(new rr(), e, n, false);
}
var te = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
var ee2 = " \xF2\xF2";
var ne2 = " \xF2 ";
var ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t2, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t2[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t2 = ne2, e = ur, n = R2.NONE) {
  const r2 = Zt(n);
  return function(s) {
    const o2 = H2(
      s.trim(),
      false,
      te
    ).map(function(i) {
      const a = i.split(ee2), c3 = cr(a[0].split(t2), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function fr(t2) {
  let e = pt(t2);
  const n = ["diff"];
  return e === R2.NONE && (e = R2.STAT, n.push("--stat=4096")), n.push(...t2), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t2) {
  const e = t2.filter(nr);
  if (e.length > 1)
    return b2(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t2.includes("-z"))
    return b2(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t2) => (t2[t2["--pretty"] = 0] = "--pretty", t2[t2["max-count"] = 1] = "max-count", t2[t2.maxCount = 2] = "maxCount", t2[t2.n = 3] = "n", t2[t2.file = 4] = "file", t2[t2.format = 5] = "format", t2[t2.from = 6] = "from", t2[t2.to = 7] = "to", t2[t2.splitter = 8] = "splitter", t2[t2.symmetric = 9] = "symmetric", t2[t2.mailMap = 10] = "mailMap", t2[t2.multiLine = 11] = "multiLine", t2[t2.strictDate = 12] = "strictDate", t2))(se || {});
function lr(t2, e) {
  const n = [], r2 = [];
  return Object.keys(t2).forEach((s) => {
    n.push(s), r2.push(String(t2[s]));
  }), [n, r2.join(e)];
}
function hr(t2) {
  return Object.keys(t2).reduce((e, n) => (n in se || (e[n] = t2[n]), e), {});
}
function oe2(t2 = {}, e = []) {
  const n = d(t2.splitter, m, ne2), r2 = lt(t2.format) ? t2.format : {
    hash: "%H",
    date: t2.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t2.multiLine ? "%B" : "%b",
    author_name: t2.mailMap !== false ? "%aN" : "%an",
    author_email: t2.mailMap !== false ? "%aE" : "%ae"
  }, [s, o2] = lr(r2, n), i = [], a = [
    `--pretty=format:${te}${o2}${ee2}`,
    ...e
  ], c3 = t2.n || t2["max-count"] || t2.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t2.from || t2.to) {
    const y2 = t2.symmetric !== false ? "..." : "..";
    i.push(`${t2.from || ""}${y2}${t2.to || ""}`);
  }
  return m(t2.file) && a.push("--follow", c(t2.file)), It(hr(t2), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t2, e, n) {
  const r2 = re(t2, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r2
  };
}
function pr() {
  return {
    log(...n) {
      const r2 = u(arguments), s = oe2(
        ht(arguments),
        L2(d(arguments[0], K2, []))
      ), o2 = e(...n) || dt(s.commands) || t2(s);
      return this._runTask(o2, r2);
    }
  };
  function t2(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r2) {
    return m(n) && m(r2) && b2(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
var Z2 = class {
  constructor(e, n = null, r2) {
    this.reason = e, this.file = n, this.meta = r2;
  }
  toString() {
    return `${this.file}:${this.reason}`;
  }
};
var dr = class {
  constructor() {
    this.conflicts = [], this.merges = [], this.result = "success";
  }
  get failed() {
    return this.conflicts.length > 0;
  }
  get reason() {
    return this.result;
  }
  toString() {
    return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
  }
};
var ie = class {
  constructor() {
    this.remoteMessages = {
      all: []
    }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
      changes: 0,
      deletions: 0,
      insertions: 0
    };
  }
};
var gr = class {
  constructor() {
    this.remote = "", this.hash = {
      local: "",
      remote: ""
    }, this.branch = {
      local: "",
      remote: ""
    }, this.message = "";
  }
  toString() {
    return this.message;
  }
};
function tt(t2) {
  return t2.objects = t2.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t2) {
  const e = /^\s*(\d+)/.exec(t2), n = /delta (\d+)/i.exec(t2);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
var yr = [
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t2, [e, n, r2]) => {
      const s = tt(t2.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r2);
    }
  )
];
var wr = [
  new x2(/^remote:\s*(.+)$/, (t2, [e]) => (t2.remoteMessages.all.push(e.trim()), false)),
  ...yr,
  new x2(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t2, [e]) => {
      t2.remoteMessages.pullRequestUrl = e;
    }
  ),
  new x2(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t2, [e, n, r2]) => {
      t2.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r2
      };
    }
  )
];
function ae(t2, e) {
  return E2({ remoteMessages: new br() }, wr, e);
}
var br = class {
  constructor() {
    this.all = [];
  }
};
var Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
var kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
var _r = /^(create|delete) mode \d+ (.+)/;
var vr = [
  new l2(Tr, (t2, [e, n, r2]) => {
    t2.files.push(e), n && (t2.insertions[e] = n.length), r2 && (t2.deletions[e] = r2.length);
  }),
  new l2(kr, (t2, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t2.summary.changes = +e || 0, t2.summary.insertions = +n || 0, t2.summary.deletions = +r2 || 0, true) : false),
  new l2(_r, (t2, [e, n]) => {
    S2(t2.files, n), S2(e === "create" ? t2.created : t2.deleted, n);
  })
];
var Er = [
  new l2(/^from\s(.+)$/i, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/^fatal:\s(.+)$/, (t2, [e]) => {
    t2.message = e;
  }),
  new l2(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t2, [e, n, r2, s]) => {
      t2.branch.local = r2, t2.hash.local = e, t2.branch.remote = s, t2.hash.remote = n;
    }
  )
];
var Sr = (t2, e) => E2(new ie(), vr, [t2, e]);
var ue = (t2, e) => Object.assign(
  new ie(),
  Sr(t2, e),
  ae(t2, e)
);
function Rr(t2, e) {
  const n = E2(new gr(), Er, [t2, e]);
  return n.message && n;
}
var Or = [
  new l2(/^Auto-merging\s+(.+)$/, (t2, [e]) => {
    t2.merges.push(e);
  }),
  new l2(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t2, [e, n]) => {
    t2.conflicts.push(new Z2(e, n));
  }),
  new l2(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t2, [e, n, r2]) => {
      t2.conflicts.push(new Z2(e, n, { deleteRef: r2 }));
    }
  ),
  new l2(/^CONFLICT\s+\((.+)\):/, (t2, [e]) => {
    t2.conflicts.push(new Z2(e, null));
  }),
  new l2(/^Automatic merge failed;\s+(.+)$/, (t2, [e]) => {
    t2.result = e;
  })
];
var Cr = (t2, e) => Object.assign(Ar(t2), ue(t2, e));
var Ar = (t2) => E2(new dr(), Or, t2);
function At(t2) {
  return t2.length ? {
    commands: ["merge", ...t2],
    format: "utf-8",
    parser(e, n) {
      const r2 = Cr(e, n);
      if (r2.failed)
        throw new at(r2);
      return r2;
    }
  } : b2("Git.merge requires at least one option");
}
function xr(t2, e, n) {
  const r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t2), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t2,
    remote: e
  };
}
var Nr = [
  new l2(/^Pushing to (.+)$/, (t2, [e]) => {
    t2.repo = e;
  }),
  new l2(/^updating local tracking ref '(.+)'/, (t2, [e]) => {
    t2.ref = {
      ...t2.ref || {},
      local: e
    };
  }),
  new l2(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t2, [e, n, r2]) => {
    t2.pushed.push(xr(e, n, r2));
  }),
  new l2(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t2, [e, n, r2]) => {
      t2.branch = {
        ...t2.branch || {},
        local: e,
        remote: n,
        remoteName: r2
      };
    }
  ),
  new l2(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t2, [e, n, r2, s]) => {
      t2.update = {
        head: {
          local: e,
          remote: n
        },
        hash: {
          from: r2,
          to: s
        }
      };
    }
  )
];
var $r = (t2, e) => {
  const n = Pr(t2, e), r2 = ae(t2, e);
  return {
    ...n,
    ...r2
  };
};
var Pr = (t2, e) => E2({ pushed: [] }, Nr, [t2, e]);
function Mr(t2 = {}, e) {
  return S2(e, "--tags"), ce(t2, e);
}
function ce(t2 = {}, e) {
  const n = ["push", ...e];
  return t2.branch && n.splice(1, 0, t2.branch), t2.remote && n.splice(1, 0, t2.remote), ct(n, "-v"), S2(n, "--verbose"), S2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t2 = ["show", ...h2(arguments, 1)];
      return t2.includes("--binary") || t2.splice(1, 0, "--binary"), this._runTask(
        Gt(t2),
        u(arguments)
      );
    },
    show() {
      const t2 = ["show", ...h2(arguments, 1)];
      return this._runTask(
        g(t2),
        u(arguments)
      );
    }
  };
}
var Lr = /^(.+)\0(.+)$/;
var jr = class {
  constructor(e, n, r2) {
    if (this.path = e, this.index = n, this.working_dir = r2, n === "R" || r2 === "R") {
      const s = Lr.exec(e) || [null, e, e];
      this.from = s[2] || "", this.path = s[1] || "";
    }
  }
};
var Br = class {
  constructor() {
    this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = false, this.isClean = () => !this.files.length;
  }
};
function xt(t2) {
  const [e, n] = t2.split(I2);
  return {
    from: n || e,
    to: e
  };
}
function _2(t2, e, n) {
  return [`${t2}${e}`, n];
}
function et(t2, ...e) {
  return e.map((n) => _2(t2, n, (r2, s) => r2.conflicted.push(s)));
}
var Ir = new Map([
  _2(
    " ",
    "A",
    (t2, e) => t2.created.push(e)
  ),
  _2(
    " ",
    "D",
    (t2, e) => t2.deleted.push(e)
  ),
  _2(
    " ",
    "M",
    (t2, e) => t2.modified.push(e)
  ),
  _2("A", " ", (t2, e) => {
    t2.created.push(e), t2.staged.push(e);
  }),
  _2("A", "M", (t2, e) => {
    t2.created.push(e), t2.staged.push(e), t2.modified.push(e);
  }),
  _2("D", " ", (t2, e) => {
    t2.deleted.push(e), t2.staged.push(e);
  }),
  _2("M", " ", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("M", "M", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("R", " ", (t2, e) => {
    t2.renamed.push(xt(e));
  }),
  _2("R", "M", (t2, e) => {
    const n = xt(e);
    t2.renamed.push(n), t2.modified.push(n.to);
  }),
  _2("!", "!", (t2, e) => {
    (t2.ignored = t2.ignored || []).push(e);
  }),
  _2(
    "?",
    "?",
    (t2, e) => t2.not_added.push(e)
  ),
  ...et(
    "A",
    "A",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "D",
    "D",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "U",
    "A",
    "D",
    "U"
    /* UNMERGED */
  ),
  [
    "##",
    (t2, e) => {
      const n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t2.ahead = a && +a[1] || 0, a = r2.exec(e), t2.behind = a && +a[1] || 0, a = s.exec(e), t2.current = d(a?.[1], m, null), a = o2.exec(e), t2.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t2.current = d(a?.[1], m, t2.current)), t2.detached = /\(no branch\)/.test(e);
    }
  ]
]);
var Ur = function(t2) {
  const e = t2.split(I2), n = new Br();
  for (let r2 = 0, s = e.length; r2 < s; ) {
    let o2 = e[r2++].trim();
    o2 && (o2.charAt(0) === "R" && (o2 += I2 + (e[r2++] || "")), Fr(n, o2));
  }
  return n;
};
function Fr(t2, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r2(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r2(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r2(s, o2, i) {
    const a = `${s}${o2}`, c3 = Ir.get(a);
    c3 && c3(t2, i), a !== "##" && a !== "!!" && t2.files.push(new jr(i, s, o2));
  }
}
var Gr = ["--null", "-z"];
function zr(t2) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t2.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
var fe = "installed=false";
function q2(t2 = 0, e = 0, n = 0, r2 = "", s = true) {
  return Object.defineProperty(
    {
      major: t2,
      minor: e,
      patch: n,
      agent: r2,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: false,
      enumerable: false
    }
  );
}
function qr() {
  return q2(0, 0, 0, "", false);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t2, e, n, r2) {
          if (t2.exitCode === V2.NOT_FOUND)
            return n(Buffer.from(fe));
          r2(e);
        }
      });
    }
  };
}
var Hr = [
  new l2(
    /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(
        t2,
        q2(p(e), p(n), p(r2), s)
      );
    }
  ),
  new l2(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(t2, q2(p(e), p(n), r2, s));
    }
  )
];
function Kr(t2) {
  return t2 === fe ? qr() : E2(q2(0, 0, 0, t2), Hr, t2);
}
var le = class {
  constructor(e) {
    this._executor = e;
  }
  _runTask(e, n) {
    const r2 = this._executor.chain(), s = r2.push(e);
    return n && Ln(e, s, n), Object.create(this, {
      then: { value: s.then.bind(s) },
      catch: { value: s.catch.bind(s) },
      _executor: { value: r2 }
    });
  }
  add(e) {
    return this._runTask(
      g(["add", ...v(e)]),
      u(arguments)
    );
  }
  cwd(e) {
    const n = u(arguments);
    return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
      St(
        e.path,
        e.root && this._executor || void 0
      ),
      n
    ) : this._runTask(
      b2("Git.cwd: workingDirectory must be supplied as a string"),
      n
    );
  }
  hashObject(e, n) {
    return this._runTask(
      Vn(e, n === true),
      u(arguments)
    );
  }
  init(e) {
    return this._runTask(
      Zn(e === true, this._executor.cwd, h2(arguments)),
      u(arguments)
    );
  }
  merge() {
    return this._runTask(
      At(h2(arguments)),
      u(arguments)
    );
  }
  mergeFromTo(e, n) {
    return m(e) && m(n) ? this._runTask(
      At([e, n, ...h2(arguments)]),
      u(arguments, false)
    ) : this._runTask(
      b2(
        "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
      )
    );
  }
  outputHandler(e) {
    return this._executor.outputHandler = e, this;
  }
  push() {
    const e = ce(
      {
        remote: d(arguments[0], m),
        branch: d(arguments[1], m)
      },
      h2(arguments)
    );
    return this._runTask(e, u(arguments));
  }
  stash() {
    return this._runTask(
      g(["stash", ...h2(arguments)]),
      u(arguments)
    );
  }
  status() {
    return this._runTask(
      zr(h2(arguments)),
      u(arguments)
    );
  }
};
Object.assign(
  le.prototype,
  jn(),
  In(),
  zn(),
  Tn(),
  Hn(),
  Kn(),
  On(),
  er(),
  pr(),
  Dr(),
  Wr()
);
var Vr = /* @__PURE__ */ (() => {
  let t2 = 0;
  return () => {
    t2++;
    const { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
    return {
      promise: e,
      done: n,
      id: t2
    };
  };
})();
var Xr = class {
  constructor(e = 2) {
    this.concurrency = e, this.logger = $2("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
  }
  schedule() {
    if (!this.pending.length || this.running.length >= this.concurrency) {
      this.logger(
        "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
        this.pending.length,
        this.running.length,
        this.concurrency
      );
      return;
    }
    const e = S2(this.running, this.pending.shift());
    this.logger("Attempting id=%s", e.id), e.done(() => {
      this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
    });
  }
  next() {
    const { promise: e, id: n } = S2(this.pending, Vr());
    return this.logger("Scheduling id=%s", n), this.schedule(), e;
  }
};
function Yr(t2, e) {
  return g(["apply", ...e, ...t2]);
}
var he = /* @__PURE__ */ ((t2) => (t2.CURRENT = "*", t2.LINKED = "+", t2))(he || {});
var Qr = class {
  constructor() {
    this.all = [], this.branches = {}, this.current = "", this.detached = false;
  }
  push(e, n, r2, s, o2) {
    e === "*" && (this.detached = n, this.current = r2), this.all.push(r2), this.branches[r2] = {
      current: e === "*",
      linkedWorkTree: e === "+",
      name: r2,
      commit: s,
      label: o2
    };
  }
};
var Jr = [
  new l2(
    /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), true, n, r2, s);
    }
  ),
  new l2(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), false, n, r2, s);
    }
  )
];
var Zr = new l2(/^(\S+)$/s, (t2, [e]) => {
  t2.push(he.CURRENT, false, e, "", "");
});
function Nt(t2) {
  return t2 ? t2.charAt(0) : "";
}
function me(t2, e = false) {
  return E2(
    new Qr(),
    e ? [Zr] : Jr,
    t2
  );
}
var ts = class {
  constructor() {
    this.all = [], this.branches = {}, this.errors = [];
  }
  get success() {
    return !this.errors.length;
  }
};
function es(t2, e) {
  return {
    branch: t2,
    hash: e,
    success: true
  };
}
function ns(t2) {
  return {
    branch: t2,
    hash: null,
    success: false
  };
}
var rs = /(\S+)\s+\(\S+\s([^)]+)\)/;
var pe = /^error[^']+'([^']+)'/m;
var ss = [
  new l2(rs, (t2, [e, n]) => {
    const r2 = es(e, n);
    t2.all.push(r2), t2.branches[e] = r2;
  }),
  new l2(pe, (t2, [e]) => {
    const n = ns(e);
    t2.errors.push(n), t2.all.push(n), t2.branches[e] = n;
  })
];
var gt = (t2, e) => E2(new ts(), ss, [t2, e]);
function de(t2, e) {
  return e === V2.ERROR && pe.test(t2);
}
function os(t2) {
  const e = ["-d", "-D", "--delete"];
  return t2.some((n) => e.includes(n));
}
function is(t2) {
  const e = os(t2), n = t2.includes("--show-current"), r2 = ["branch", ...t2];
  return r2.length === 1 && r2.push("-a"), r2.includes("-v") || r2.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r2,
    parser(s, o2) {
      return e ? gt(s, o2).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t2) {
      return me(t2);
    }
  };
}
function us(t2, e = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t2],
    parser(n, r2) {
      return gt(n, r2);
    },
    onError({ exitCode: n, stdOut: r2 }, s, o2, i) {
      if (!de(String(s), n))
        return i(s);
      o2(r2);
    }
  };
}
function cs(t2, e = false) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t2],
    parser(r2, s) {
      return gt(r2, s).branches[t2];
    },
    onError({ exitCode: r2, stdErr: s, stdOut: o2 }, i, a, c3) {
      if (!de(String(i), r2))
        return c3(i);
      throw new at(
        n.parser(F2(o2), F2(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t2) {
  return {
    commands: ["check-ignore", ...t2],
    format: "utf-8",
    parser: ls
  };
}
function ls(t2) {
  return t2.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t2) {
  const e = t2.trim().replace(/^["']|["']$/g, "");
  return e && Se(e);
}
var ms = [
  new l2(/From (.+)$/, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.branches.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.tags.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/- \[deleted]\s+\S+\s*-> (.+)$/, (t2, [e]) => {
    t2.deleted.push({
      tracking: e
    });
  }),
  new l2(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t2, [e, n, r2, s]) => {
      t2.updated.push({
        name: r2,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t2, e) {
  return E2({
    raw: t2,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t2, e]);
}
function ds(t2) {
  return /^--upload-pack(=|$)/.test(t2);
}
function gs(t2, e, n) {
  const r2 = ["fetch", ...n];
  return t2 && e && r2.push(t2, e), r2.find(ds) ? b2("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: ps
  };
}
var ys = [
  new l2(/^Renaming (.+) to (.+)$/, (t2, [e, n]) => {
    t2.moves.push({ from: e, to: n });
  })
];
function ws(t2) {
  return E2({ moves: [] }, ys, t2);
}
function bs(t2, e) {
  return {
    commands: ["mv", "-v", ...v(t2), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t2, e, n) {
  const r2 = ["pull", ...n];
  return t2 && e && r2.splice(1, 0, t2, e), {
    commands: r2,
    format: "utf-8",
    parser(s, o2) {
      return ue(s, o2);
    },
    onError(s, o2, i, a) {
      const c3 = Rr(
        F2(s.stdOut),
        F2(s.stdErr)
      );
      if (c3)
        return a(new at(c3));
      a(o2);
    }
  };
}
function ks(t2) {
  const e = {};
  return ge(t2, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t2) {
  const e = {};
  return ge(t2, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function ge(t2, e) {
  ut(t2, (n) => e(n.split(/\s+/)));
}
function vs(t2, e, n) {
  return g(["remote", "add", ...n, t2, e]);
}
function Es(t2) {
  const e = ["remote"];
  return t2 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t2 ? _s : ks
  };
}
function Ss(t2) {
  const e = [...t2];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t2) {
  const e = [...t2];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t2) {
  return g(["remote", "remove", t2]);
}
function Cs(t2 = {}, e) {
  const n = oe2(t2), r2 = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r2)
  );
  return dt(r2) || {
    commands: r2,
    format: "utf-8",
    parser: s
  };
}
function As(t2, e) {
  return X2(["add", t2, e]);
}
function xs(t2) {
  return X2(["init", ...t2]);
}
function X2(t2) {
  const e = [...t2];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t2) {
  return X2(["update", ...t2]);
}
var $s = class {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
};
var Ps = function(t2, e = false) {
  const n = t2.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o2) {
    const i = s.split("."), a = o2.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(B2(i[0]), B2(a[0]));
    for (let c3 = 0, y2 = Math.max(i.length, a.length); c3 < y2; c3++) {
      const w2 = ye(B2(i[c3]), B2(a[c3]));
      if (w2)
        return w2;
    }
    return 0;
  });
  const r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r2);
};
function Ms(t2, e) {
  const n = Number.isNaN(t2), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? ye(t2, e) : 0;
}
function ye(t2, e) {
  return t2 === e ? 0 : t2 > e ? 1 : -1;
}
function Ds(t2) {
  return t2.trim();
}
function B2(t2) {
  return typeof t2 == "string" && parseInt(t2.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t2 = []) {
  const e = t2.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t2],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t2) {
  return {
    format: "utf-8",
    commands: ["tag", t2],
    parser() {
      return { name: t2 };
    }
  };
}
function Bs(t2, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t2],
    parser() {
      return { name: t2 };
    }
  };
}
function f2(t2, e) {
  this._plugins = e, this._executor = new Dn(
    t2.baseDir,
    new Xr(t2.maxConcurrentProcesses),
    e
  ), this._trimmed = t2.trimmed;
}
(f2.prototype = Object.create(le.prototype)).constructor = f2;
f2.prototype.customBinary = function(t2) {
  return this._plugins.reconfigure("binary", t2), this;
};
f2.prototype.env = function(t2, e) {
  return arguments.length === 1 && typeof t2 == "object" ? this._executor.env = t2 : (this._executor.env = this._executor.env || {})[t2] = e, this;
};
f2.prototype.stashList = function(t2) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      K2(t2) && t2 || []
    ),
    u(arguments)
  );
};
f2.prototype.mv = function(t2, e) {
  return this._runTask(bs(t2, e), u(arguments));
};
f2.prototype.checkoutLatestTag = function(t2) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r2) {
      e.checkout(r2.latest, t2);
    });
  });
};
f2.prototype.pull = function(t2, e, n, r2) {
  return this._runTask(
    Ts(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.fetch = function(t2, e) {
  return this._runTask(
    gs(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.tags = function(t2, e) {
  return this._runTask(
    Ls(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.rebase = function() {
  return this._runTask(
    g(["rebase", ...h2(arguments)]),
    u(arguments)
  );
};
f2.prototype.reset = function(t2) {
  return this._runTask(
    An(xn(t2), h2(arguments)),
    u(arguments)
  );
};
f2.prototype.revert = function(t2) {
  const e = u(arguments);
  return typeof t2 != "string" ? this._runTask(b2("Commit must be a string"), e) : this._runTask(
    g(["revert", ...h2(arguments, 0, true), t2]),
    e
  );
};
f2.prototype.addTag = function(t2) {
  const e = typeof t2 == "string" ? js(t2) : b2("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
f2.prototype.addAnnotatedTag = function(t2, e) {
  return this._runTask(
    Bs(t2, e),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranch = function(t2, e, n) {
  return this._runTask(
    cs(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranches = function(t2, e, n) {
  return this._runTask(
    us(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.branch = function(t2, e) {
  return this._runTask(
    is(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.branchLocal = function(t2) {
  return this._runTask(as(), u(arguments));
};
f2.prototype.raw = function(t2) {
  const e = !Array.isArray(t2), n = [].slice.call(e ? arguments : t2, 0);
  for (let s = 0; s < n.length && e; s++)
    if (!st(n[s])) {
      n.splice(s, n.length - s);
      break;
    }
  n.push(...h2(arguments, 0, true));
  var r2 = u(arguments);
  return n.length ? this._runTask(g(n, this._trimmed), r2) : this._runTask(
    b2("Raw: must supply one or more command to execute"),
    r2
  );
};
f2.prototype.submoduleAdd = function(t2, e, n) {
  return this._runTask(As(t2, e), u(arguments));
};
f2.prototype.submoduleUpdate = function(t2, e) {
  return this._runTask(
    Ns(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.submoduleInit = function(t2, e) {
  return this._runTask(
    xs(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.subModule = function(t2, e) {
  return this._runTask(
    X2(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.listRemote = function() {
  return this._runTask(
    Ss(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.addRemote = function(t2, e, n) {
  return this._runTask(
    vs(t2, e, h2(arguments)),
    u(arguments)
  );
};
f2.prototype.removeRemote = function(t2, e) {
  return this._runTask(Os(t2), u(arguments));
};
f2.prototype.getRemotes = function(t2, e) {
  return this._runTask(Es(t2 === true), u(arguments));
};
f2.prototype.remote = function(t2, e) {
  return this._runTask(
    Rs(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.tag = function(t2, e) {
  const n = h2(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
f2.prototype.updateServerInfo = function(t2) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
f2.prototype.pushTags = function(t2, e) {
  const n = Mr(
    { remote: d(t2, m) },
    h2(arguments)
  );
  return this._runTask(n, u(arguments));
};
f2.prototype.rm = function(t2) {
  return this._runTask(
    g(["rm", "-f", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.rmKeepLocal = function(t2) {
  return this._runTask(
    g(["rm", "--cached", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.catFile = function(t2, e) {
  return this._catFile("utf-8", arguments);
};
f2.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
f2.prototype._catFile = function(t2, e) {
  var n = u(e), r2 = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      b2("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r2.push.apply(r2, s);
  const o2 = t2 === "buffer" ? Gt(r2) : g(r2);
  return this._runTask(o2, n);
};
f2.prototype.diff = function(t2, e) {
  const n = m(t2) ? b2(
    "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
  ) : g(["diff", ...h2(arguments)]);
  return this._runTask(n, u(arguments));
};
f2.prototype.diffSummary = function() {
  return this._runTask(
    fr(h2(arguments, 1)),
    u(arguments)
  );
};
f2.prototype.applyPatch = function(t2) {
  const e = G2(t2) ? Yr(v(t2), h2([].slice.call(arguments, 1))) : b2(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
f2.prototype.revparse = function() {
  const t2 = ["rev-parse", ...h2(arguments, true)];
  return this._runTask(
    g(t2, true),
    u(arguments)
  );
};
f2.prototype.clean = function(t2, e, n) {
  const r2 = un(t2), s = r2 && t2.join("") || d(t2, m) || "", o2 = h2([].slice.call(arguments, r2 ? 1 : 0));
  return this._runTask(
    on(s, o2),
    u(arguments)
  );
};
f2.prototype.exec = function(t2) {
  const e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t2 == "function" && t2();
    }
  };
  return this._runTask(e);
};
f2.prototype.checkIgnore = function(t2, e) {
  return this._runTask(
    fs(v(d(t2, G2, []))),
    u(arguments)
  );
};
f2.prototype.checkIsRepo = function(t2, e) {
  return this._runTask(
    We(d(t2, m)),
    u(arguments)
  );
};
function Is(t2) {
  return t2 ? [{
    type: "spawn.before",
    action(r2, s) {
      t2.aborted && s.kill(new A2(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new A2(void 0, "abort", "Abort signal received"));
      }
      t2.addEventListener("abort", o2), s.spawned.on("close", () => t2.removeEventListener("abort", o2));
    }
  }] : void 0;
}
var Us = $2("", "plugin:allowEnvironment");
function Fs(t2, e = false) {
  const n = new Set(t2.map((r2) => r2.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r2, s) {
      const o2 = { ...r2.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o2)) {
        const c3 = a.toLowerCase().trim();
        if (!(!Gs(c3) || n.has(c3))) {
          if (i.has(c3))
            throw new A2(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o2[a];
        }
      }
      return {
        ...r2,
        env: {
          ...o2,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t2) {
  const e = t2.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t2 = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r2 of oe(e, n))
        if (t2[r2.category] !== true)
          throw new A2(void 0, "unsafe", r2.message);
      return e;
    }
  };
}
function qs(t2) {
  const e = U(t2, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
var $t = (0, import_promise_deferred.deferred)().promise;
function Ws({
  onClose: t2 = true,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o2 = {
      close: (0, import_promise_deferred.deferred)(),
      closeTimeout: (0, import_promise_deferred.deferred)(),
      exit: (0, import_promise_deferred.deferred)(),
      exitTimeout: (0, import_promise_deferred.deferred)()
    }, i = Promise.race([
      t2 === false ? $t : o2.closeTimeout.promise,
      e === false ? $t : o2.exitTimeout.promise
    ]);
    return r2(t2, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
      close(a) {
        s = a, o2.close.done();
      },
      exit(a) {
        s = a, o2.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r2(s, o2, i) {
    s !== false && (s === true ? o2.promise : o2.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o2, close: i }) {
      const a = n();
      let c3 = true, y2 = () => {
        c3 = false;
      };
      o2.stdout?.on("data", y2), o2.stderr?.on("data", y2), o2.on("error", y2), o2.on("close", (w2) => a.close(w2)), o2.on("exit", (w2) => a.exit(w2));
      try {
        await a.result, c3 && await wt(50), i(a.exitCode);
      } catch (w2) {
        i(a.exitCode, w2);
      }
    }
  };
}
var we = $2("", "plugin:binary");
var Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
var Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t2) {
  return !t2 || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t2);
}
function Pt(t2, e) {
  if (t2.length < 1 || t2.length > 2)
    throw new A2(void 0, "binary", Hs);
  if (t2.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t2);
    else
      throw new A2(void 0, "binary", Ks);
  const [r2, s] = t2;
  return {
    binary: r2,
    prefix: s
  };
}
function Xs(t2, e = ["git"], n = false) {
  let r2 = Pt(v(e), n);
  t2.on("binary", (s) => {
    r2 = Pt(v(s), n), we.info("reconfiguring %o", r2);
  }), t2.append("spawn.binary", () => r2.binary), t2.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
}
var be = {
  DISALLOWED_ABBREVIATED: {
    text: "disallowed abbreviated or ambiguous option",
    solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
  },
  UNKNOWN: {
    text: "~ unknown ~",
    solution: void 0
  }
};
function Ys(t2) {
  if (!t2)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t2.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
var Qs = class extends O2 {
  constructor(e = "") {
    const n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
};
function Js(t2) {
  return !!(t2.exitCode && t2.stdErr.length);
}
function Zs(t2) {
  return Buffer.concat([...t2.stdOut, ...t2.stdErr]);
}
function to(t2 = false, e = Js, n = Zs) {
  return (r2, s) => !t2 && r2 || !e(s) ? r2 : n(s);
}
function eo(t2, e) {
  return t2 === 128 && e.startsWith("fatal:") ? new Qs(e) : new O2(void 0, e);
}
function Mt(t2) {
  return {
    type: "task.error",
    action(e, n) {
      const r2 = t2(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r2) ? {
        error: eo(n.exitCode, r2.toString("utf-8"))
      } : {
        error: r2
      };
    }
  };
}
var nt = $2("", "plugin:input");
function no(t2) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o2 = t2?.([...n]) ?? r2;
      if (!o2)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o2)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o2);
    }
  };
}
var ro = class {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new Ce();
  }
  on(e, n) {
    this.events.on(e, n);
  }
  reconfigure(e, n) {
    this.events.emit(e, n);
  }
  append(e, n) {
    const r2 = S2(this.plugins, { type: e, action: n });
    return () => this.plugins.delete(r2);
  }
  add(e) {
    const n = [];
    return v(e).forEach(
      (r2) => {
        r2 && this.plugins.add(S2(n, r2));
      }
    ), () => {
      n.forEach((r2) => {
        this.plugins.delete(r2);
      });
    };
  }
  exec(e, n, r2) {
    let s = n;
    const o2 = Object.freeze(Object.create(r2));
    for (const i of this.plugins)
      i.type === e && (s = i.action(s, o2));
    return s;
  }
};
function so(t2) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o2, i) {
      return n.includes(i.method) ? De(o2, e) : o2;
    }
  }, {
    type: "spawn.after",
    action(o2, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c3 = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c3 && t2({
          method: i.method,
          stage: oo(c3[1]),
          progress: p(c3[2]),
          processed: p(c3[3]),
          total: p(c3[4])
        });
      });
    }
  }];
}
function oo(t2) {
  return String(t2.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t2) {
  const e = je(t2, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t2) {
      const e = [];
      let n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t2.length; s++) {
        const o2 = t2[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t2.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
          );
          break;
        }
        e.push(o2);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t2,
  stdErr: e = true,
  stdOut: n = true
}) {
  if (t2 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t2);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o2 && clearTimeout(o2);
        }
        function c3() {
          a(), s.kill(new A2(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
var wo = (t2, e) => {
  const n = new ro(), r2 = Ge(
    t2 && (typeof t2 == "string" ? { baseDir: t2 } : t2) || {},
    e
  );
  if (!Lt(r2.baseDir))
    throw new Ae(
      r2,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(r2.config) && n.add(qs(r2.config)), n.add(zs(r2.unsafe)), n.add(Ws(r2.completion)), r2.abort && n.add(Is(r2.abort)), r2.progress && n.add(so(r2.progress)), r2.timeout && n.add(uo(r2.timeout)), r2.spawnOptions && n.add(io(r2.spawnOptions)), n.add(ao()), n.add(no(r2.input)), n.add(Mt(to(true))), r2.errors && n.add(Mt(r2.errors)), Xs(n, r2.binary, r2.unsafe?.allowUnsafeCustomBinary), n.add(
    Fs(r2.allowEnvironment ?? [], r2.unsafe?.allowAbbreviatedOptions)
  ), new f2(r2, n);
};

// src/adapters/git-cat-file.ts
import { spawn } from "node:child_process";

// src/adapters/git-errors.ts
var GitSourceError = class extends Error {
  constructor(kind, message, detail = message) {
    super(message);
    this.kind = kind;
    this.detail = detail;
    this.name = "GitSourceError";
  }
  kind;
  detail;
  exitCode = 2;
};

// src/adapters/git-cat-file.ts
var CatFileBatch = class {
  #child;
  #pending = [];
  #buffer = Buffer.alloc(0);
  #closed = false;
  #failure = null;
  constructor(repoDir) {
    this.#child = spawn("git", ["cat-file", "--batch"], {
      cwd: repoDir,
      stdio: ["pipe", "pipe", "pipe"]
    });
    this.#child.stdout.on("data", (chunk) => this.#onData(chunk));
    let stderr2 = "";
    this.#child.stderr.on("data", (chunk) => {
      stderr2 += chunk.toString("utf8");
    });
    this.#child.on("error", (error) => this.#fail(error));
    this.#child.on("close", (code2) => {
      if (!this.#closed || this.#pending.length > 0) {
        this.#fail(new GitSourceError("git-failed", `git cat-file exited (${code2}): ${stderr2}`));
      }
    });
    this.#child.stdin.on("error", () => {
    });
  }
  /** The contents of the blob `oid`. */
  read(oid) {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid)) {
      return Promise.reject(new GitSourceError("git-failed", `not an object id: ${oid}`));
    }
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#closed) return Promise.reject(new GitSourceError("git-failed", "reader is closed"));
    return new Promise((resolve3, reject) => {
      this.#pending.push({ oid, resolve: resolve3, reject });
      this.#child.stdin.write(`${oid}
`);
    });
  }
  close() {
    if (this.#closed) return;
    this.#closed = true;
    this.#child.stdin.end();
  }
  #fail(error) {
    this.#failure ??= error;
    for (const p2 of this.#pending.splice(0)) p2.reject(error);
  }
  #onData(chunk) {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    for (; ; ) {
      const head = this.#pending[0];
      if (!head) return;
      const eol = this.#buffer.indexOf(10);
      if (eol < 0) return;
      const header2 = this.#buffer.subarray(0, eol).toString("utf8");
      const parts = header2.split(" ");
      if (parts[1] === "missing" || parts.length !== 3) {
        this.#buffer = this.#buffer.subarray(eol + 1);
        this.#pending.shift();
        head.reject(new GitSourceError("git-failed", `git object ${head.oid} is missing`));
        continue;
      }
      const size2 = Number(parts[2]);
      if (this.#buffer.length < eol + 1 + size2 + 1) return;
      const data = Buffer.from(this.#buffer.subarray(eol + 1, eol + 1 + size2));
      this.#buffer = this.#buffer.subarray(eol + 1 + size2 + 1);
      this.#pending.shift();
      head.resolve(data);
    }
  }
};

// src/adapters/git-source.ts
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var MANIFEST = /\.(ya?ml|json)$/i;
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var FETCH_HINT = "set `fetch-depth: 0` (or `fetch-depth: 2` when diffing a merge commit against its first parent) on actions/checkout";
function openGitReader(repoDir, onNote = () => {
}) {
  let git;
  try {
    git = wo({ baseDir: repoDir });
  } catch (error) {
    throw new GitSourceError("git-failed", `cannot open ${repoDir}: ${messageOf(error)}`);
  }
  let batch = null;
  const blobs = () => {
    batch ??= new CatFileBatch(repoDir);
    return batch;
  };
  const parents = (sha) => readParents(git, sha);
  return {
    resolve: (rev) => resolveRevision(git, rev, onNote),
    parents,
    readTree: (sha, paths) => readTree(git, blobs(), sha, paths),
    hasPaths: (sha, paths) => Promise.all(paths.map((p2) => hasPath(git, sha, p2))),
    close: () => batch?.close()
  };
}
function validateRevision(rev) {
  if (rev === "" || rev.startsWith("-") || [...rev].some(isControlOrSpace)) {
    throw new GitSourceError(
      "invalid-revision",
      `invalid revision ${JSON.stringify(rev)}: give a branch, tag or commit id`
    );
  }
}
function isControlOrSpace(ch) {
  const code2 = ch.codePointAt(0) ?? 0;
  return code2 <= 32 || code2 === 127;
}
async function tryRevParse(git, rev) {
  try {
    const out = await git.raw([
      "rev-parse",
      "--verify",
      "--quiet",
      "--end-of-options",
      `${rev}^{commit}`
    ]);
    const sha = out.trim();
    return SHA.test(sha) ? sha : null;
  } catch {
    return null;
  }
}
async function objectType(git, rev) {
  try {
    return (await git.raw(["cat-file", "-t", "--end-of-options", rev])).trim() || null;
  } catch {
    return null;
  }
}
async function isShallow(git) {
  try {
    return (await git.raw(["rev-parse", "--is-shallow-repository"])).trim() === "true";
  } catch {
    return false;
  }
}
async function resolveRevision(git, rev, onNote) {
  validateRevision(rev);
  const sha = await tryRevParse(git, rev);
  if (sha) return sha;
  const type = await objectType(git, rev);
  if (type !== null && type !== "commit" && type !== "tag") {
    throw new GitSourceError(
      "unknown-revision",
      `${rev} is a ${type}, not a commit: give a branch, tag or commit id`
    );
  }
  if (!SHA.test(rev) && !await isShallow(git)) {
    throw new GitSourceError("unknown-revision", `git cannot resolve ${rev} to a commit`);
  }
  return resolveInShallowClone(git, rev, onNote);
}
async function resolveInShallowClone(git, rev, onNote) {
  const m2 = /^(.*?)((?:[~^][0-9]*)*)$/.exec(rev);
  const base = m2?.[1] ?? rev;
  const steps = [...(m2?.[2] ?? "").matchAll(/([~^])([0-9]*)/g)];
  let sha;
  if (steps.length === 0 || base === "") {
    if (!SHA.test(rev)) throw notInClone(rev);
    sha = rev;
  } else {
    sha = await tryRevParse(git, base) ?? (SHA.test(base) ? base : "");
    if (sha === "") throw notInClone(base);
  }
  const ensure = (commit) => ensureCommit(git, commit, rev, onNote);
  await ensure(sha);
  for (const [, op, digits] of steps) {
    const n = digits === "" || digits === void 0 ? 1 : Number(digits);
    if (op === "^") {
      if (n === 0) continue;
      const parent = (await readParents(git, sha))[n - 1];
      if (!parent) throw new GitSourceError("unknown-revision", `${rev}: no parent ${n}`);
      sha = parent;
      await ensure(sha);
    } else {
      for (let i = 0; i < n; i++) {
        const parent = (await readParents(git, sha))[0];
        if (!parent) throw new GitSourceError("unknown-revision", `${rev}: history too short`);
        sha = parent;
        await ensure(sha);
      }
    }
  }
  return sha;
}
async function ensureCommit(git, sha, rev, onNote) {
  if (await tryRevParse(git, sha)) return;
  try {
    await git.raw(["fetch", "--quiet", "--no-tags", "--depth=1", "origin", sha]);
  } catch (error) {
    throw fetchFailed(
      rev,
      `fetching ${sha} from origin failed (${messageOf(error).split("\n")[0]})`
    );
  }
  if (!await tryRevParse(git, sha)) {
    throw fetchFailed(rev, `fetching ${sha} from origin did not bring the commit`);
  }
  onNote(`fetched ${sha} (depth 1) from origin: it was not in this shallow clone`);
}
function fetchFailed(rev, what) {
  return new GitSourceError(
    "shallow-clone",
    `revision ${rev} is not in this shallow clone and ${what}: ${FETCH_HINT}`,
    what
  );
}
function notInClone(rev) {
  return new GitSourceError(
    "shallow-clone",
    `${rev} is not in this shallow clone (only a full commit id is fetched on demand); fetch it (git fetch origin ${rev}), give its full commit id, or ${FETCH_HINT}`
  );
}
async function readParents(git, sha) {
  if (!SHA.test(sha)) throw new GitSourceError("invalid-revision", `not a commit id: ${sha}`);
  let text;
  try {
    text = await git.raw(["cat-file", "commit", sha]);
  } catch (error) {
    throw new GitSourceError("git-failed", `cannot read commit ${sha}: ${messageOf(error)}`);
  }
  const parents = [];
  for (const line of text.split("\n")) {
    if (line === "") break;
    if (line.startsWith("parent ")) parents.push(line.slice("parent ".length).trim());
  }
  return parents;
}
async function lsTree(git, sha, args) {
  if (!SHA.test(sha)) throw new GitSourceError("invalid-revision", `not a commit id: ${sha}`);
  try {
    return await git.raw(["ls-tree", "-z", sha, ...args]);
  } catch (error) {
    const message = messageOf(error);
    const outside = /fatal: ([^:]+): '.*' is outside repository/.exec(message);
    if (outside) {
      throw new GitSourceError(
        "git-failed",
        `the path ${outside[1]} is outside the git repository; give paths inside it (relative to --repo, default the current directory)`
      );
    }
    throw new GitSourceError("git-failed", `cannot list ${sha}: ${message}`);
  }
}
async function hasPath(git, sha, path4) {
  return await lsTree(git, sha, ["--", path4]) !== "";
}
async function listTree(git, sha, paths) {
  const out = await lsTree(git, sha, ["-r", "--", ...paths.length ? paths : ["."]]);
  const entries = [];
  for (const record of out.split("\0")) {
    const tab = record.indexOf("	");
    if (tab < 0) continue;
    const [mode, type, oid] = record.slice(0, tab).split(" ");
    const path4 = record.slice(tab + 1);
    if (type !== "blob" || mode === "120000" || !oid || !MANIFEST.test(path4)) continue;
    if (path4.split("/").some((segment) => SKIPPED_DIRS.has(segment))) continue;
    entries.push({ path: path4, oid });
  }
  return entries.sort((a, b3) => a.path < b3.path ? -1 : a.path > b3.path ? 1 : 0);
}
async function readTree(git, batch, sha, paths) {
  if (!SHA.test(sha)) throw new GitSourceError("invalid-revision", `not a commit id: ${sha}`);
  const entries = await listTree(git, sha, paths);
  return Promise.all(
    entries.map(async ({ path: path4, oid }) => ({
      path: path4,
      oid,
      text: (await batch.read(oid)).toString("utf8")
    }))
  );
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/diff/endpoint-order.ts
function isWorkloadId(id) {
  return id.endsWith("]");
}
function isPodId(id) {
  return id.endsWith("[Pod]");
}
function rangeKey(id) {
  const a = parseAddress(id.slice(0, id.indexOf("-")));
  return a ? [a.family, a.value] : [7, 0n];
}
function compareEndpoints(a, b3) {
  if (a === b3) return 0;
  const wa = isWorkloadId(a);
  const wb = isWorkloadId(b3);
  if (wa !== wb) return wa ? -1 : 1;
  if (wa) return a < b3 ? -1 : 1;
  const [fa, sa] = rangeKey(a);
  const [fb, sb] = rangeKey(b3);
  return fa - fb || (sa < sb ? -1 : sa > sb ? 1 : a < b3 ? -1 : 1);
}

// src/diff/expand-changes.ts
function* iterateChangePairs(groups) {
  const ids = /* @__PURE__ */ new Set();
  for (const g2 of groups) {
    for (const id of g2.srcs) ids.add(id);
    for (const id of g2.dsts) ids.add(id);
  }
  const sorted = [...ids].sort(compareEndpoints);
  const rank = new Map(sorted.map((id, i) => [id, i]));
  const dstRanks = groups.map((g2) => g2.dsts.map((d2) => rank.get(d2)));
  const groupsOf = sorted.map(() => []);
  groups.forEach((g2, gi) => {
    for (const src of g2.srcs) groupsOf[rank.get(src)].push(gi);
  });
  for (let s = 0; s < sorted.length; s++) {
    const src = sorted[s];
    const row = [];
    for (const gi of groupsOf[s]) for (const d2 of dstRanks[gi]) row.push(d2, gi);
    const order = [];
    for (let k2 = 0; k2 < row.length; k2 += 2) order.push(k2);
    order.sort((x3, y2) => row[x3] - row[y2]);
    for (const k2 of order) {
      const dst = sorted[row[k2]];
      if (src === dst && isPodId(src)) continue;
      yield { src, dst, group: groups[row[k2 + 1]] };
    }
  }
}

// src/diff/policy-effect.ts
var NO_EFFECT = {
  isolates: false,
  allow: EMPTY_CONNS,
  deny: EMPTY_CONNS
};
var compiledPodSets = /* @__PURE__ */ new WeakMap();
function podSetMatcher2(set) {
  let m2 = compiledPodSets.get(set);
  if (!m2) {
    const ns2 = compileNamespaceMatch(set.namespaces);
    const pods = compileSelector(set.pods);
    m2 = (ep) => ep.kind === "workload" && ns2(ep.workload.namespace, ep.nsLabels) && pods(ep.workload.labels);
    compiledPodSets.set(set, m2);
  }
  return m2;
}
function peerMatches(rule2, peer2) {
  if (rule2.peers === "any") return true;
  return rule2.peers.some((p2) => {
    switch (p2.kind) {
      case "pods":
        return podSetMatcher2(p2)(peer2);
      case "ipBlock":
        return peer2.kind === "external" && p2.ranges.some(
          (r2) => r2.family === peer2.range.family && r2.start <= peer2.range.start && peer2.range.end <= r2.end
        );
      default:
        return assertNever(p2, "peer");
    }
  });
}
function policySelects(policy, direction2, subject) {
  return policy[direction2] !== null && podSetMatcher2(policy.subject)(subject);
}
var splitPorts = /* @__PURE__ */ new WeakMap();
function portsOf(rule2) {
  let rp = splitPorts.get(rule2);
  if (!rp) {
    rp = splitRulePorts(rule2);
    splitPorts.set(rule2, rp);
  }
  return rp;
}
function policyEffect(policy, direction2, subject, peer2) {
  const dir = policy[direction2];
  if (dir === null || !podSetMatcher2(policy.subject)(subject)) return NO_EFFECT;
  const dst = direction2 === "ingress" ? subject : peer2;
  const dstPorts = dst.kind === "workload" ? dst.workload.ports : null;
  let allow = EMPTY_CONNS;
  let deny = EMPTY_CONNS;
  for (const rule2 of dir.rules) {
    if (!peerMatches(rule2, peer2)) continue;
    const conns = rulePortsAt(portsOf(rule2), dstPorts);
    switch (rule2.action) {
      case "allow":
        allow = union(allow, conns);
        break;
      case "deny":
        deny = union(deny, conns);
        break;
      case "pass":
        break;
      default:
        assertNever(rule2.action, "rule action");
    }
  }
  return { isolates: dir.isolates, allow, deny };
}
function explainedParts(kind, conns, before, after, isolated) {
  const [from, to2] = kind === "opened" ? [before, after] : [after, before];
  let byRules = intersect(subtract(to2.allow, from.allow), conns);
  byRules = union(byRules, intersect(subtract(from.deny, to2.deny), conns));
  const isolatedAtTo = kind === "opened" ? isolated.after : isolated.before;
  const byIsolation = from.isolates && !to2.isolates && !isolatedAtTo ? subtract(conns, from.allow) : EMPTY_CONNS;
  return { byRules, byIsolation };
}
function explainsAll(explained, conns) {
  return !isEmpty(explained) && isSubset(conns, explained);
}

// src/diff/attribution.ts
function size(c3) {
  let n = c3.other ? 1 : 0;
  for (const p2 of PROTOCOLS) for (const [a, b3] of c3[p2]) n += b3 - a + 1;
  return n;
}
function effectOn(policy, direction2, src, dst) {
  if (!policy || !src || !dst) return NO_EFFECT;
  const [subject, peer2] = direction2 === "ingress" ? [dst, src] : [src, dst];
  if (subject.kind !== "workload") return NO_EFFECT;
  return policyEffect(policy, direction2, subject, peer2);
}
var namespaceMatchers = /* @__PURE__ */ new WeakMap();
function createIsolationCheck(policies) {
  const byNamespace = /* @__PURE__ */ new Map();
  return (direction2, subject) => {
    if (subject?.kind !== "workload") return false;
    const ns2 = subject.workload.namespace;
    const key = `${direction2}\0${ns2}\0${JSON.stringify(subject.nsLabels)}`;
    let candidates = byNamespace.get(key);
    if (!candidates) {
      candidates = policies.filter((p2) => {
        if (!p2[direction2]?.isolates) return false;
        let inNamespace = namespaceMatchers.get(p2);
        if (!inNamespace) {
          inNamespace = compileNamespaceMatch(p2.subject.namespaces);
          namespaceMatchers.set(p2, inNamespace);
        }
        return inNamespace(ns2, subject.nsLabels);
      });
      byNamespace.set(key, candidates);
    }
    return candidates.some((p2) => policyEffect(p2, direction2, subject, subject).isolates);
  };
}
var SELECT_BITS = { ingress: { base: 1, head: 2 }, egress: { base: 4, head: 8 } };
function engineIsolationCheck(graph) {
  const { applicable } = graphInternals(graph).compiled;
  return (direction2, node) => node?.kind === "class" && (applicable[direction2][node.index] ?? []).some((cp) => cp[direction2].isolates);
}
function engineSelection(graphs, changes) {
  const out = { base: [], head: [] };
  for (const side of ["base", "head"]) {
    const { compiled } = graphInternals(graphs[side]);
    const byPolicy = new Map(compiled.policies.map((cp) => [cp.policy, cp]));
    const classes = compiled.classes.map(() => []);
    for (const [i, change] of changes.entries()) {
      const policy = change[side];
      if (!policy) continue;
      const cp = byPolicy.get(policy);
      if (!cp) return null;
      for (const direction2 of ["ingress", "egress"]) {
        if (policy[direction2] === null) continue;
        const bit = SELECT_BITS[direction2][side];
        for (const c3 of cp.subjects) classes[c3].push([i, bit]);
      }
    }
    out[side] = classes;
  }
  return out;
}
function mergeAscending(a, b3) {
  const out = [];
  let i = 0;
  let j3 = 0;
  while (i < a.length || j3 < b3.length) {
    const x3 = i < a.length ? a[i] : Number.POSITIVE_INFINITY;
    const y2 = j3 < b3.length ? b3[j3] : Number.POSITIVE_INFINITY;
    if (x3 <= y2) i++;
    if (y2 <= x3) j3++;
    out.push(Math.min(x3, y2));
  }
  return out;
}
function createAttributor(base, head, changes, graphs) {
  const isolation = /* @__PURE__ */ new Map();
  let isolatedBefore;
  let isolatedAfter;
  if (graphs) {
    const before = engineIsolationCheck(graphs.base);
    const after = engineIsolationCheck(graphs.head);
    isolatedBefore = (direction2, node) => before(direction2, node.base);
    isolatedAfter = (direction2, node) => after(direction2, node.head);
  } else {
    const before = createIsolationCheck(base.policies);
    const after = createIsolationCheck(head.policies);
    isolatedBefore = (direction2, node) => before(direction2, node.baseRep);
    isolatedAfter = (direction2, node) => after(direction2, node.headRep);
  }
  const isolationOf = (node) => {
    let iso = isolation.get(node);
    if (!iso) {
      const side = (direction2) => ({
        before: isolatedBefore(direction2, node),
        after: isolatedAfter(direction2, node)
      });
      iso = { ingress: side("ingress"), egress: side("egress") };
      isolation.set(node, iso);
    }
    return iso;
  };
  const selection = /* @__PURE__ */ new Map();
  const selectedBy = graphs ? engineSelection(graphs, changes) : null;
  const selectionEntry = (node) => {
    let entry = selection.get(node);
    if (!entry) {
      const bits = new Uint8Array(changes.length);
      if (selectedBy) {
        for (const side of ["base", "head"]) {
          const g2 = node[side];
          if (g2?.kind !== "class") continue;
          for (const [i, bit] of selectedBy[side][g2.index] ?? []) bits[i] |= bit;
        }
      } else {
        changes.forEach((c3, i) => {
          for (const direction2 of ["ingress", "egress"]) {
            const flags = SELECT_BITS[direction2];
            if (c3.base && node.baseRep && policySelects(c3.base, direction2, node.baseRep)) {
              bits[i] |= flags.base;
            }
            if (c3.head && node.headRep && policySelects(c3.head, direction2, node.headRep)) {
              bits[i] |= flags.head;
            }
          }
        });
      }
      const selected = [];
      bits.forEach((b3, i) => {
        if (b3 !== 0) selected.push(i);
      });
      entry = { bits, selected };
      selection.set(node, entry);
    }
    return entry;
  };
  const selectionOf = (node) => selectionEntry(node).bits;
  const selectedChanges = (node) => selectionEntry(node).selected;
  const explained = (kind, conns, index, src, dst) => {
    const change = changes[index];
    let byRules = EMPTY_CONNS;
    let byIsolation = EMPTY_CONNS;
    for (const direction2 of ["ingress", "egress"]) {
      const flags = SELECT_BITS[direction2];
      const bits = selectionOf(direction2 === "ingress" ? dst : src)[index];
      if ((bits & (flags.base | flags.head)) === 0) continue;
      const before = effectOn(change.base, direction2, src.baseRep, dst.baseRep);
      const after = effectOn(change.head, direction2, src.headRep, dst.headRep);
      if (before === NO_EFFECT && after === NO_EFFECT) continue;
      const subject = direction2 === "ingress" ? dst : src;
      const parts = explainedParts(kind, conns, before, after, isolationOf(subject)[direction2]);
      byRules = union(byRules, parts.byRules);
      byIsolation = union(byIsolation, parts.byIsolation);
    }
    return { byRules, byIsolation };
  };
  const attribute = (kind, conns, src, dst) => {
    const scored = [];
    let anyRule = false;
    for (const i of mergeAscending(selectedChanges(src), selectedChanges(dst))) {
      const change = changes[i];
      const parts = explained(kind, conns, i, src, dst);
      const part = union(parts.byRules, parts.byIsolation);
      if (isEmpty(part)) continue;
      if (!isEmpty(parts.byRules)) anyRule = true;
      scored.push({ id: change.id, exact: explainsAll(part, conns), size: size(part) });
    }
    scored.sort(
      (a, b3) => Number(b3.exact) - Number(a.exact) || b3.size - a.size || (a.id < b3.id ? -1 : a.id > b3.id ? 1 : 0)
    );
    return { policies: [...new Set(scored.map((s) => s.id))], byRules: anyRule };
  };
  return {
    explain: (kind, conns, src, dst) => attribute(kind, conns, src, dst).policies,
    attribute,
    selectionOf,
    selectedChanges,
    isolationOf
  };
}

// src/core/source.ts
function compareOrigins(a, b3) {
  if (a.file !== b3.file) return a.file < b3.file ? -1 : 1;
  return a.line - b3.line || a.column - b3.column;
}

// src/diff/rule-attribution.ts
var DIRECTIONS2 = ["egress", "ingress"];
function repId(rep) {
  return rep.kind === "workload" ? rep.workload.id : rep.range.id;
}
function pairIds(graph, side, src, dst) {
  const s = side === "base" ? src.baseRep : src.headRep;
  const d2 = side === "base" ? dst.baseRep : dst.headRep;
  if (!s || !d2) return null;
  const sId = repId(s);
  let dId = repId(d2);
  const node = side === "base" ? dst.base : dst.head;
  if (sId === dId && d2.kind === "workload" && d2.workload.kind === "Pod" && node?.kind === "class") {
    const other = graph.classes[node.index]?.members.find((m2) => m2.id !== sId);
    if (!other) return null;
    dId = other.id;
  }
  return [sId, dId];
}
function sideOf(flow, direction2) {
  if (!flow) return null;
  return direction2 === "egress" ? flow.egress : flow.ingress;
}
function decidingRules(at2, side, action, part, policies) {
  if (!side) return [];
  const out = [];
  for (const p2 of side.policies) {
    if (policies && !policies.has(p2.id)) continue;
    for (const r2 of p2.rules) {
      if (r2.action !== action || !r2.peerMatches || isEmpty(intersect(r2.decided, part))) continue;
      out.push({
        policy: r2.policy,
        direction: side.direction,
        index: r2.index,
        origin: r2.origin,
        side: at2
      });
    }
  }
  return out;
}
function sortRules(rules, policies) {
  const rank = new Map(policies.map((p2, i) => [p2, i]));
  const key = (r2) => `${r2.policy}\0${r2.direction}\0${r2.index}\0${r2.origin.file}:${r2.origin.line}`;
  const unique = new Map(rules.map((r2) => [key(r2), r2]));
  return [...unique.values()].sort(
    (a, b3) => (rank.get(a.policy) ?? policies.length) - (rank.get(b3.policy) ?? policies.length) || (a.policy < b3.policy ? -1 : a.policy > b3.policy ? 1 : 0) || DIRECTIONS2.indexOf(a.direction) - DIRECTIONS2.indexOf(b3.direction) || a.index - b3.index || compareOrigins(a.origin, b3.origin)
  );
}
function rulesKey(rules) {
  return (rules ?? []).map((r2) => `${r2.policy}:${r2.direction}:${r2.index}@${r2.origin.file}:${r2.origin.line}`).join(",");
}
function createRuleAttributor(base, head) {
  const graphs = { base, head };
  const explain = (side, src, dst) => {
    const ids = pairIds(graphs[side], side, src, dst);
    if (!ids) return null;
    const e = explainFlow(graphs[side], ids[0], ids[1]);
    return e.kind === "flow" ? e : null;
  };
  return {
    rules(kind, conns, cause, attribution, src, dst) {
      if (cause !== "policy") {
        const side = cause === "endpoint-added" ? "head" : "base";
        const flow = explain(side, src, dst);
        const found2 = DIRECTIONS2.flatMap(
          (d2) => decidingRules(side, sideOf(flow, d2), "allow", conns, null)
        );
        return sortRules(found2, []);
      }
      if (attribution.policies.length > 0 && !attribution.byRules) return [];
      const before = explain("base", src, dst);
      const after = explain("head", src, dst);
      const changed = attribution.policies.length > 0 ? new Set(attribution.policies) : null;
      const [allowSide, denySide] = kind === "opened" ? [after, before] : [before, after];
      const [allowAt, denyAt] = kind === "opened" ? ["head", "base"] : ["base", "head"];
      const found = [];
      for (const d2 of DIRECTIONS2) {
        const allowing = sideOf(allowSide, d2)?.conns ?? ALL_CONNS;
        const denying = sideOf(denySide, d2)?.conns ?? ALL_CONNS;
        const part = intersect(subtract(allowing, denying), conns);
        if (isEmpty(part)) continue;
        found.push(...decidingRules(allowAt, sideOf(allowSide, d2), "allow", part, changed));
        found.push(...decidingRules(denyAt, sideOf(denySide, d2), "deny", part, changed));
      }
      return sortRules(found, attribution.policies);
    }
  };
}

// src/diff/change-groups.ts
var keys = /* @__PURE__ */ new WeakMap();
function changeKey(c3) {
  let key = keys.get(c3);
  if (key === void 0) {
    key = `${connsKey(c3.conns)}|${c3.cause}|${c3.policies.join(",")}|${rulesKey(c3.rules)}`;
    keys.set(c3, key);
  }
  return key;
}
function createRectCollector(nodes) {
  const rects = /* @__PURE__ */ new Map();
  const listIds = /* @__PURE__ */ new WeakMap();
  return {
    add(src, sample, dsts) {
      const key = changeKey(sample);
      let listId = listIds.get(dsts);
      if (listId === void 0) {
        listId = dsts.join(",");
        listIds.set(dsts, listId);
      }
      let byList = rects.get(key);
      if (!byList) {
        byList = /* @__PURE__ */ new Map();
        rects.set(key, byList);
      }
      const rect = byList.get(listId);
      if (!rect) byList.set(listId, { sample, firstSrc: src, srcs: [src], dsts });
      else {
        rect.srcs.push(src);
        if (src < rect.firstSrc) {
          rect.firstSrc = src;
          rect.sample = sample;
        }
      }
    },
    groups() {
      const flatten = endpointFlattener(nodes);
      const groups = [];
      for (const byList of rects.values()) {
        for (const { sample, srcs, dsts } of byList.values()) {
          groups.push({
            srcs: flatten(srcs),
            dsts: flatten(dsts),
            conns: sample.conns,
            cause: sample.cause,
            policies: sample.policies,
            rules: sample.rules
          });
        }
      }
      return groups.sort(
        (a, b3) => compareEndpoints(a.srcs[0], b3.srcs[0]) || compareEndpoints(a.dsts[0], b3.dsts[0])
      );
    }
  };
}
function endpointFlattener(nodes) {
  let ranked = null;
  const rank = () => {
    if (!ranked) {
      const all = nodes.flatMap((n, i) => n.members.map((id) => ({ id, i })));
      all.sort((a, b3) => compareEndpoints(a.id, b3.id));
      const ranks = nodes.map(() => []);
      all.forEach(({ i }, r2) => {
        ranks[i].push(r2);
      });
      ranked = { ids: all.map((m2) => m2.id), ranks };
    }
    return ranked;
  };
  return (indices) => {
    if (indices.length === 1) return [...nodes[indices[0]].members].sort(compareEndpoints);
    const { ids, ranks } = rank();
    const out = [];
    for (const i of indices) for (const r2 of ranks[i]) out.push(r2);
    return Array.from(Int32Array.from(out).sort(), (r2) => ids[r2]);
  };
}

// src/diff/joint-nodes.ts
function nsLabelsOf(model) {
  const map = new Map(model.namespaces.map((n) => [n.name, n.labels]));
  return (ns2) => map.get(ns2) ?? { "kubernetes.io/metadata.name": ns2 };
}
function jointNodes(base, head, renames) {
  if (base.externals.length !== head.externals.length) {
    throw new Error("jointNodes: the graphs were built over different external ranges");
  }
  const baseById = new Map(base.model.workloads.map((w2) => [w2.id, w2]));
  const headById = new Map(head.model.workloads.map((w2) => [w2.id, w2]));
  const renamedFrom = new Map(renames.map((r2) => [r2.to, r2.from]));
  const renamedAway = new Set(renames.map((r2) => r2.from));
  const drafts = /* @__PURE__ */ new Map();
  const add = (b3, h3) => {
    const bc = b3 ? base.classOf.get(b3.id) : void 0;
    const hc = h3 ? head.classOf.get(h3.id) : void 0;
    if (bc === void 0 && hc === void 0) return;
    const key = `${bc ?? "-"}/${hc ?? "-"}`;
    let d2 = drafts.get(key);
    if (!d2) {
      d2 = {
        base: bc === void 0 ? null : { kind: "class", index: bc },
        head: hc === void 0 ? null : { kind: "class", index: hc },
        members: [],
        baseRep: bc === void 0 ? null : b3,
        headRep: hc === void 0 ? null : h3
      };
      drafts.set(key, d2);
    }
    d2.members.push((h3 ?? b3).id);
  };
  for (const h3 of head.model.workloads) {
    const from = renamedFrom.get(h3.id) ?? h3.id;
    add(baseById.get(from) ?? null, h3);
  }
  for (const b3 of base.model.workloads) {
    if (!headById.has(b3.id) && !renamedAway.has(b3.id)) add(b3, null);
  }
  const baseNs = nsLabelsOf(base.model);
  const headNs = nsLabelsOf(head.model);
  const rep = (w2, ns2) => w2 ? { kind: "workload", workload: w2, nsLabels: ns2(w2.namespace) } : null;
  const classes = [...drafts.values()].map((d2) => {
    const members = [...d2.members].sort(compareText);
    const only = d2.headRep ?? d2.baseRep;
    return {
      kind: "class",
      base: d2.base,
      head: d2.head,
      status: d2.base === null ? "added" : d2.head === null ? "removed" : "kept",
      members,
      baseRep: rep(d2.baseRep, baseNs),
      headRep: rep(d2.headRep, headNs),
      singlePod: members.length === 1 && only?.kind === "Pod"
    };
  }).sort((a, b3) => a.members[0] < b3.members[0] ? -1 : 1);
  const externals = head.externals.map((range, index) => ({
    kind: "external",
    base: { kind: "external", index },
    head: { kind: "external", index },
    status: "kept",
    members: [range.id],
    baseRep: { kind: "external", range: base.externals[index] },
    headRep: { kind: "external", range },
    singlePod: false
  }));
  return [...classes, ...externals];
}

// src/diff/pair-candidates.ts
var SIDES = ["base", "head"];
function nodesByKey(graph, nodes, side) {
  const n = graph.classes.length;
  const out = Array.from({ length: n + graph.externals.length }, () => []);
  nodes.forEach((node, i) => {
    const g2 = node[side];
    if (g2) out[g2.kind === "class" ? g2.index : n + g2.index].push(i);
  });
  return out;
}
function stableIn(direction2, node, nodes, internals, byKey2) {
  if (node.status !== "kept") return false;
  if (node.base?.kind !== "class" || node.head?.kind !== "class") return true;
  const tables = {
    base: internals.base[direction2][node.base.index],
    head: internals.head[direction2][node.head.index]
  };
  if (!connsEqual(tables.base.fallback, tables.head.fallback)) return false;
  const keyOf = (side, g2) => g2.kind === "class" ? g2.index : internals[side].compiled.classes.length + g2.index;
  for (const side of SIDES) {
    const other = side === "base" ? "head" : "base";
    const { compiled } = internals[side];
    for (const [key, conns] of tableExceptions(compiled, tables[side])) {
      for (const j3 of byKey2[side][key]) {
        const peer2 = nodes[j3];
        if (peer2.status !== "kept") continue;
        const there = tableLookup(
          internals[other].compiled,
          tables[other],
          keyOf(other, peer2[other])
        );
        if (!connsEqual(conns, there)) return false;
      }
    }
  }
  return true;
}
function pairCandidates(base, head, nodes, types) {
  const internals = { base: graphInternals(base), head: graphInternals(head) };
  const byKey2 = { base: nodesByKey(base, nodes, "base"), head: nodesByKey(head, nodes, "head") };
  const { srcType, srcTypes, dstType, dstTypes } = types;
  const srcStable = new Uint8Array(srcTypes).fill(1);
  const dstStable = new Uint8Array(dstTypes).fill(1);
  nodes.forEach((node, i) => {
    if (srcStable[srcType[i]] && !stableIn("egress", node, nodes, internals, byKey2)) {
      srcStable[srcType[i]] = 0;
    }
    if (dstStable[dstType[i]] && !stableIn("ingress", node, nodes, internals, byKey2)) {
      dstStable[dstType[i]] = 0;
    }
  });
  const allDst = Array.from({ length: dstTypes }, (_3, t2) => t2);
  const unstableDst = allDst.filter((t2) => !dstStable[t2]);
  return (s, srcs) => {
    const first = srcs[0];
    const own = dstType[first];
    const walk2 = srcStable[s] ? unstableDst : allDst;
    const src = nodes[first];
    let cost = 0;
    for (const side of SIDES) {
      const g2 = src[side];
      if (g2) cost += internals[side].rowCost(g2);
    }
    if (cost >= walk2.length) return walk2.includes(own) ? walk2 : [...walk2, own].sort(byNumber);
    const picked = /* @__PURE__ */ new Set([own]);
    for (const side of SIDES) {
      const g2 = src[side];
      if (!g2) continue;
      const keys2 = byKey2[side];
      const n = internals[side].compiled.classes.length;
      for (const flow of internals[side].row(g2)) {
        const key = flow.dst.kind === "class" ? flow.dst.index : n + flow.dst.index;
        for (const j3 of keys2[key]) {
          const t2 = dstType[j3];
          if (!srcStable[s] || !dstStable[t2]) picked.add(t2);
        }
      }
    }
    return [...picked].sort(byNumber);
  };
}
function byNumber(a, b3) {
  return a - b3;
}

// src/diff/pair-diff.ts
function causeOf(src, dst) {
  if (src.status === "added" || dst.status === "added") return "endpoint-added";
  if (src.status === "removed" || dst.status === "removed") return "endpoint-removed";
  return "policy";
}
var NO_CHANGES = { opened: null, closed: null };
function createPairDiffer(base, head, nodes, attributor, ruleAttributor, changed) {
  return (s, d2) => {
    const src = nodes[s];
    const dst = nodes[d2];
    if (src.kind === "external" && dst.kind === "external") return NO_CHANGES;
    if (s === d2 && src.singlePod) return NO_CHANGES;
    const before = src.base && dst.base ? base.conns(src.base, dst.base) : EMPTY_CONNS;
    const after = src.head && dst.head ? head.conns(src.head, dst.head) : EMPTY_CONNS;
    if (connsEqual(before, after)) return NO_CHANGES;
    const cause = causeOf(src, dst);
    const more = subtract(after, before);
    const less = subtract(before, after);
    const change = (kind, conns) => {
      const attribution = cause === "policy" ? attributor.attribute(kind, conns, src, dst) : { policies: [], byRules: false };
      const rules = ruleAttributor.rules(kind, conns, cause, attribution, src, dst);
      const policies = cause === "policy" ? attribution.policies : [...new Set(rules.filter((r2) => changed.has(r2.policy)).map((r2) => r2.policy))];
      return { src: s, dst: d2, conns, cause, policies, rules };
    };
    return {
      opened: isEmpty(more) ? null : change("opened", more),
      closed: isEmpty(less) ? null : change("closed", less)
    };
  };
}

// src/diff/pair-types.ts
var SIDES2 = ["base", "head"];
var DIRECTIONS3 = ["ingress", "egress"];
function peerTokens(graphs, nodes, changes) {
  const tokens = nodes.map(() => []);
  const mark = (tag, keys2, size2, all) => {
    if (size2 === 0 || size2 === all.length) return;
    for (const k2 of keys2) for (const i of all[k2]) tokens[i].push(tag);
  };
  for (const side of SIDES2) {
    const graph = graphs[side];
    const { compiled } = graphInternals(graph);
    const byClass = compiled.classes.map(() => []);
    const byExternal = graph.externals.map(() => []);
    nodes.forEach((node, i) => {
      const g2 = node[side];
      if (g2) (g2.kind === "class" ? byClass : byExternal)[g2.index].push(i);
    });
    let id = 0;
    for (const cp of compiled.policies) {
      for (const direction2 of DIRECTIONS3) {
        for (const r2 of cp[direction2]?.rules ?? []) {
          const tag = `${side[0]}${id++}`;
          if (!r2.anyPeer) {
            mark(`${tag}c`, r2.classSet, r2.classSet.size, byClass);
            mark(`${tag}x`, r2.externalSet, r2.externalSet.size, byExternal);
          }
          mark(`${tag}n`, r2.namedTargets, r2.namedTargets.length, byClass);
        }
      }
    }
  }
  changes.forEach((change, ci) => {
    for (const side of SIDES2) {
      const policy = change[side];
      if (!policy) continue;
      for (const direction2 of DIRECTIONS3) {
        policy[direction2]?.rules.forEach((rule2, ri) => {
          if (rule2.peers === "any") return;
          const tag = `p${ci}${side[0]}${direction2[0]}${ri}`;
          for (const kind of ["class", "external"]) {
            const candidates = [];
            const matched = [];
            nodes.forEach((node, i) => {
              const rep = side === "base" ? node.baseRep : node.headRep;
              if (node.kind !== kind || !rep) return;
              candidates.push(i);
              if (peerMatches(rule2, rep)) matched.push(i);
            });
            if (matched.length === 0 || matched.length === candidates.length) continue;
            for (const i of matched) tokens[i].push(tag);
          }
        });
      }
    }
  });
  return tokens;
}
function intern(keys2) {
  const ids = /* @__PURE__ */ new Map();
  const out = new Int32Array(keys2.length);
  keys2.forEach((k2, i) => {
    let id = ids.get(k2);
    if (id === void 0) {
      id = ids.size;
      ids.set(k2, id);
    }
    out[i] = id;
  });
  return [out, ids.size];
}
function pairTypes(base, head, nodes, changes, attributor) {
  const graphs = { base, head };
  const tokens = peerTokens(graphs, nodes, changes);
  const index = SIDES2.map((side) => {
    const m2 = /* @__PURE__ */ new Map();
    graphInternals(graphs[side]).compiled.policies.forEach((cp, i) => {
      m2.set(cp, i);
    });
    return m2;
  });
  const typeKey = (node, i, direction2) => {
    const parts = [node.kind, node.status];
    SIDES2.forEach((side, si) => {
      const g2 = node[side];
      if (!g2 || g2.kind === "external") {
        parts.push(g2 ? "x" : "-");
        return;
      }
      const { compiled } = graphInternals(graphs[side]);
      const applicable = compiled.applicable[direction2][g2.index] ?? [];
      parts.push(applicable.map((cp) => index[si].get(cp)).join("."));
      if (direction2 === "ingress") {
        parts.push(JSON.stringify(compiled.classes[g2.index].ports));
        const rep = side === "base" ? node.baseRep : node.headRep;
        parts.push(rep?.kind === "workload" ? JSON.stringify(rep.workload.ports) : "-");
      }
    });
    if (changes.length > 0) {
      const mask = direction2 === "ingress" ? 3 : 12;
      const bits = attributor.selectionOf(node);
      const selected = [];
      for (const i2 of attributor.selectedChanges(node)) {
        if (bits[i2] & mask) selected.push(`${i2}:${bits[i2] & mask}`);
      }
      parts.push(selected.join(","));
      if (selected.length > 0) {
        const iso = attributor.isolationOf(node)[direction2];
        parts.push(`${Number(iso.before)}${Number(iso.after)}`);
      }
    }
    parts.push(tokens[i].join(","));
    return parts.join("|");
  };
  const [srcType, srcTypes] = intern(nodes.map((n, i) => typeKey(n, i, "egress")));
  const [dstType, dstTypes] = intern(nodes.map((n, i) => typeKey(n, i, "ingress")));
  return { srcType, srcTypes, dstType, dstTypes };
}

// src/diff/policy-changes.ts
function byKey(model) {
  const out = /* @__PURE__ */ new Map();
  for (const p2 of model.policies) out.set(`${p2.kind}\0${p2.id}`, p2);
  return out;
}
function changedPolicies(base, head) {
  const before = byKey(base);
  const after = byKey(head);
  const out = [];
  const push = (change, b3, h3) => {
    const shown = h3 ?? b3;
    out.push({ id: shown.id, change, origin: shown.origin, base: b3, head: h3 });
  };
  for (const [key, h3] of after) {
    const b3 = before.get(key);
    if (!b3) push("added", null, h3);
    else if (b3.fingerprint !== h3.fingerprint) push("modified", b3, h3);
  }
  for (const [key, b3] of before) if (!after.has(key)) push("removed", b3, null);
  const kindOf = (c3) => (c3.head ?? c3.base).kind;
  return out.sort(
    (x3, y2) => x3.id !== y2.id ? x3.id < y2.id ? -1 : 1 : kindOf(x3) < kindOf(y2) ? -1 : kindOf(x3) > kindOf(y2) ? 1 : 0
  );
}

// src/diff/renames.ts
function renameKey(w2) {
  const labels = Object.keys(w2.labels).sort().map((k2) => [k2, w2.labels[k2]]);
  const ports = w2.ports.map((p2) => JSON.stringify([p2.name, p2.port, p2.protocol])).sort().filter((p2, i, all) => i === 0 || all[i - 1] !== p2);
  return JSON.stringify([w2.namespace, w2.kind, labels, ports]);
}
function compareIds(a, b3) {
  return a.id < b3.id ? -1 : a.id > b3.id ? 1 : 0;
}
function detectRenames(base, head) {
  const headIds = new Set(head.workloads.map((w2) => w2.id));
  const baseIds = new Set(base.workloads.map((w2) => w2.id));
  const removed = /* @__PURE__ */ new Map();
  for (const w2 of [...base.workloads].sort(compareIds)) {
    if (headIds.has(w2.id)) continue;
    const key = renameKey(w2);
    const list2 = removed.get(key);
    if (list2) list2.push(w2);
    else removed.set(key, [w2]);
  }
  const out = [];
  for (const w2 of [...head.workloads].sort(compareIds)) {
    if (baseIds.has(w2.id)) continue;
    const from = removed.get(renameKey(w2))?.shift();
    if (from) out.push({ from: from.id, to: w2.id });
  }
  return out.sort((a, b3) => a.from < b3.from ? -1 : a.from > b3.from ? 1 : 0);
}

// src/diff/graph-diff.ts
function diffModels(base, head) {
  const externals = partitionAddressSpace([base, head]);
  return diffGraphs(buildGraph(base, { externals }), buildGraph(head, { externals }));
}
function byType(types, count) {
  const out = Array.from({ length: count }, () => []);
  types.forEach((t2, i) => {
    out[t2].push(i);
  });
  return out;
}
function without(sorted, x3) {
  return sorted.filter((v2) => v2 !== x3);
}
function withOne(sorted, x3) {
  const at2 = sorted.findIndex((v2) => v2 > x3);
  return at2 < 0 ? [...sorted, x3] : [...sorted.slice(0, at2), x3, ...sorted.slice(at2)];
}
function diffGraphs(base, head) {
  const renames = detectRenames(base.model, head.model);
  const changes = changedPolicies(base.model, head.model);
  const nodes = jointNodes(base, head, renames);
  const attributor = createAttributor(base.model, head.model, changes, { base, head });
  const pairDiff = createPairDiffer(
    base,
    head,
    nodes,
    attributor,
    createRuleAttributor(base, head),
    new Set(changes.map((c3) => c3.id))
  );
  const types = pairTypes(base, head, nodes, changes, attributor);
  const { srcType, srcTypes, dstType, dstTypes } = types;
  const candidates = pairCandidates(base, head, nodes, types);
  const srcsOf = byType(srcType, srcTypes);
  const dstsOf = byType(dstType, dstTypes);
  const collectors = { opened: createRectCollector(nodes), closed: createRectCollector(nodes) };
  srcsOf.forEach((srcs, s) => {
    const results = /* @__PURE__ */ new Map();
    for (const t2 of candidates(s, srcs)) {
      const dsts = dstsOf[t2];
      const first = srcs[0];
      const d2 = dsts.find((x3) => x3 !== first);
      let r2;
      if (d2 !== void 0) r2 = pairDiff(first, d2);
      else {
        const other = srcs.find((x3) => x3 !== dsts[0]);
        r2 = other === void 0 ? NO_CHANGES : pairDiff(other, dsts[0]);
      }
      if (r2 !== NO_CHANGES) results.set(t2, r2);
    }
    const selves = srcs.map((x3) => pairDiff(x3, x3));
    for (const kind of ["opened", "closed"]) {
      addRows(collectors[kind], kind, srcs, selves, results, dstsOf, dstType);
    }
  });
  return {
    base,
    head,
    opened: collectors.opened.groups(),
    closed: collectors.closed.groups(),
    policyChanges: changes.map(({ id, change, origin }) => ({ id, change, origin })),
    renames
  };
}
function addRows(collector, kind, srcs, selves, results, dstsOf, dstType) {
  const shared = /* @__PURE__ */ new Map();
  results.forEach((r2, t2) => {
    const c3 = r2[kind];
    if (!c3) return;
    const key = changeKey(c3);
    let list2 = shared.get(key);
    if (!list2) {
      list2 = [];
      shared.set(key, list2);
    }
    for (const d2 of dstsOf[t2]) list2.push(d2);
  });
  for (const list2 of shared.values()) list2.sort((a, b3) => a - b3);
  srcs.forEach((s, i) => {
    const self = selves[i][kind];
    const sampleOf = (dsts) => dsts[0] === s ? self : results.get(dstType[dsts[0]])[kind];
    const assumed = results.get(dstType[s])?.[kind] ?? null;
    const assumedKey = assumed ? changeKey(assumed) : null;
    const selfKey = self ? changeKey(self) : null;
    let selfPlaced = selfKey === null || selfKey === assumedKey;
    for (const [key, list2] of shared) {
      let dsts = list2;
      if (assumedKey !== selfKey) {
        if (key === assumedKey) dsts = without(dsts, s);
        if (key === selfKey) {
          dsts = withOne(dsts, s);
          selfPlaced = true;
        }
      }
      if (dsts.length > 0) collector.add(s, sampleOf(dsts), dsts);
    }
    if (!selfPlaced) collector.add(s, self, [s]);
  });
}

// src/app/diff-revisions.ts
var PathNotFoundError = class extends Error {
  constructor(diagnostics) {
    super(
      diagnostics.length === 1 ? `${diagnostics[0].file} exists on neither side; check the path` : `${diagnostics.map((d2) => d2.file).join(", ")} exist on neither side; check the paths`
    );
    this.diagnostics = diagnostics;
    this.name = "PathNotFoundError";
  }
  diagnostics;
  exitCode = 2;
};
async function diffRevisions(options) {
  const paths = options.paths.length > 0 ? options.paths : ["."];
  const git = openGitReader(options.repoDir, options.onNote);
  const cache = createParseCache();
  try {
    const baseSha = await git.resolve(options.base);
    const headSha = options.head === void 0 ? null : await git.resolve(options.head);
    const named = options.paths.length > 0;
    const revision = async (sha) => ({
      label: sha.slice(0, 7),
      sha,
      has: named ? await git.hasPaths(sha, paths) : paths.map(() => true),
      read: (present2) => readRevision(git, cache, sha, present2)
    });
    const base = await revision(baseSha);
    const head = headSha === null ? await directorySource(cache, options.repoDir, "working tree", paths, named) : await revision(headSha);
    const where = "the folder git runs in (--repo, default the current directory)";
    return diffSides(...await readSides(base, head, paths, where), options.modelOptions);
  } finally {
    git.close();
  }
}
async function diffDirectories(baseDir, headDir, options = {}) {
  const named = options.paths !== void 0 && options.paths.length > 0;
  const paths = named ? options.paths : ["."];
  const cache = createParseCache();
  const base = await directorySource(cache, baseDir, options.labels?.base ?? baseDir, paths, named);
  const head = await directorySource(cache, headDir, options.labels?.head ?? headDir, paths, named);
  const where = "each of the two folders (--base-dir and --head-dir)";
  return diffSides(...await readSides(base, head, paths, where), options.modelOptions);
}
async function mergeCommitPair(repoDir, rev = "HEAD") {
  const git = openGitReader(repoDir);
  try {
    const head = await git.resolve(rev);
    const [first, second] = await git.parents(head);
    return first && second ? { base: first, head } : null;
  } finally {
    git.close();
  }
}
async function readRevision(git, cache, sha, paths) {
  const files = await git.readTree(sha, paths);
  return { label: sha.slice(0, 7), sha, parsed: cache.parse(files) };
}
async function readSides(base, head, paths, relativeTo) {
  const nowhere = paths.filter((_3, i) => !base.has[i] && !head.has[i]);
  if (nowhere.length > 0) {
    throw new PathNotFoundError(
      nowhere.map(
        (p2) => diagnostic(
          "error",
          "unreadable-path",
          `${p2} exists neither in the base (${base.label}) nor in the head (${head.label}). Check the path: it is relative to ${relativeTo}.`,
          { file: p2, line: 1, column: 1 }
        )
      )
    );
  }
  const read = async (side, other, which) => {
    const present2 = paths.filter((_3, i) => side.has[i]);
    const input = present2.length > 0 ? await side.read(present2) : {
      label: side.label,
      sha: side.sha,
      parsed: { resources: [], diagnostics: [], incomplete: false }
    };
    const absent = paths.filter((_3, i) => !side.has[i]);
    if (absent.length === 0) return input;
    const notes = absent.map(
      (p2) => diagnostic(
        which === "head" ? "warning" : "info",
        "path-not-on-side",
        which === "head" ? `${p2} does not exist in the head (${side.label}); it is read as empty there, so what it held in the base (${other.label}) reads as removed.` : `${p2} does not exist in the base (${side.label}); it is read as empty there, so what it holds in the head (${other.label}) reads as added.`,
        { file: p2, line: 1, column: 1 }
      )
    );
    return {
      ...input,
      parsed: { ...input.parsed, diagnostics: [...notes, ...input.parsed.diagnostics] }
    };
  };
  return [await read(base, head, "base"), await read(head, base, "head")];
}
async function directorySource(cache, dir, label, paths, named) {
  const has = named ? await Promise.all(paths.map((p2) => exists(resolve2(dir, p2)))) : [];
  return {
    label,
    sha: null,
    has: named ? has : paths.map(() => true),
    read: (present2) => readDirectory(cache, dir, label, present2)
  };
}
async function exists(full) {
  try {
    await stat2(full);
    return true;
  } catch (error) {
    const code2 = error.code;
    return code2 !== "ENOENT" && code2 !== "ENOTDIR";
  }
}
async function readDirectory(cache, dir, label, paths) {
  const { files, diagnostics } = await readSources(paths, { cwd: dir });
  const parsed = cache.parse(files);
  return {
    label,
    sha: null,
    parsed: {
      resources: parsed.resources,
      diagnostics: [...diagnostics, ...parsed.diagnostics],
      incomplete: parsed.incomplete || hasErrors(diagnostics)
    }
  };
}
function diffSides(base, head, modelOptions) {
  const baseModel = buildModel(base.parsed, modelOptions);
  const headModel = buildModel(head.parsed, modelOptions);
  const externals = partitionAddressSpace([baseModel, headModel]);
  const baseGraph = buildLintedGraph(baseModel, { externals });
  const headGraph = buildLintedGraph(headModel, { externals });
  const side = (input, graph) => ({
    label: input.label,
    sha: input.sha,
    model: graph.model
  });
  return {
    base: side(base, baseGraph),
    head: side(head, headGraph),
    diff: diffGraphs(baseGraph, headGraph)
  };
}

// src/render/budget.ts
function assemble(sections, footer) {
  return `${[...sections.map((s) => s.text.trimEnd()), footer].join("\n\n")}
`;
}
function fitBudget(rungs, budget, footer) {
  for (const [i, rung] of rungs.entries()) {
    const body = assemble(rung.sections, footer(rung.cuts));
    if (body.length <= budget)
      return { body, truncated: i > 0 || rung.cuts.length > 0, rung: rung.name };
  }
  const last = rungs[rungs.length - 1];
  const head = last?.sections.slice(0, 1) ?? [];
  const cuts = ["everything but the verdict left out"];
  return { body: assemble(head, footer(cuts)), truncated: true, rung: "verdict" };
}
function collapsible(summary, block, collapse) {
  if (!collapse) return block;
  return `<details><summary>${summary}</summary>

${block.trimEnd()}

</details>`;
}

// src/render/open-peers.ts
function admitsAnyNamespace(selector2, namespaces) {
  if (Object.keys(selector2.matchLabels).length > 0) return false;
  if (selector2.matchExpressions.some((e) => e.operator === "In" || e.operator === "Exists")) {
    return false;
  }
  return namespaces.every((ns2) => selectorMatches(selector2, ns2.labels));
}
function ruleAdmitsAnyNamespace(rule2, namespaces) {
  if (rule2.action !== "allow") return false;
  if (rule2.peers === "any") return true;
  return rule2.peers.some(
    (p2) => p2.kind === "pods" && p2.namespaces.kind === "selector" && admitsAnyNamespace(p2.namespaces.selector, namespaces)
  );
}
function openedToAnyNamespace(group, head) {
  const rules = (group.rules ?? []).filter(
    (r2) => r2.direction === "ingress" && group.policies.includes(r2.policy)
  );
  if (rules.length === 0) return false;
  const policies = new Map(
    head.policies.map((p2) => [p2.id, p2])
  );
  return rules.some((ref) => {
    const rule2 = policies.get(ref.policy)?.ingress?.rules.find((r2) => r2.index === ref.index);
    return rule2 !== void 0 && ruleAdmitsAnyNamespace(rule2, head.namespaces);
  });
}

// src/render/risk.ts
var RISKS = [
  "internet",
  "any-namespace",
  "cross-namespace",
  "opened",
  "closed"
];
function riskRank(risk) {
  return RISKS.indexOf(risk);
}
function riskTitle(risk) {
  switch (risk) {
    case "internet":
      return "New exposure to the internet";
    case "any-namespace":
      return "Newly open to any namespace";
    case "cross-namespace":
      return "New cross-namespace flows";
    case "opened":
      return "Other opened flows";
    case "closed":
      return "Closed flows";
    default:
      return assertNever(risk, "risk");
  }
}
function riskShort(risk) {
  switch (risk) {
    case "internet":
      return "internet exposure";
    case "any-namespace":
      return "open to any namespace";
    case "cross-namespace":
      return "cross-namespace";
    case "opened":
      return "other opened";
    case "closed":
      return "closed";
    default:
      return assertNever(risk, "risk");
  }
}

// src/render/change-rows.ts
function isBarePod(id) {
  return parseWorkloadId(id)?.kind === "Pod";
}
function countPairs(srcs, dsts) {
  const srcExt = srcs.filter((s) => namespaceOf(s) === null).length;
  const dstExt = dsts.filter((d2) => namespaceOf(d2) === null).length;
  const dstSet = new Set(dsts);
  const selfPods = srcs.filter((s) => dstSet.has(s) && isBarePod(s)).length;
  return srcs.length * dsts.length - srcExt * dstExt - selfPods;
}
function placeOf(id, universe) {
  const ns2 = namespaceOf(id);
  if (ns2 !== null) return `ns:${ns2}`;
  return universe.publicExternals.has(id) ? "public" : "private";
}
function partition(ids, universe) {
  const out = /* @__PURE__ */ new Map();
  for (const id of [...ids].sort()) {
    const key = placeOf(id, universe);
    const list2 = out.get(key);
    if (list2) list2.push(id);
    else out.set(key, [id]);
  }
  return out;
}
function spansEveryNamespace(srcParts, universe) {
  if (universe.byNamespace.size < 2) return false;
  return [...universe.byNamespace.keys()].every((ns2) => srcParts.has(`ns:${ns2}`));
}
function openedRisk(srcKey, dstKey, anyNamespace) {
  if (srcKey === "public" || dstKey === "public") return "internet";
  if (srcKey === "private" || dstKey === "private") return "opened";
  if (anyNamespace) return "any-namespace";
  return srcKey === dstKey ? "opened" : "cross-namespace";
}
function splitOpened(group, universe, head) {
  const srcParts = partition(group.srcs, universe);
  const dstParts = partition(group.dsts, universe);
  const anyNs = openedToAnyNamespace(group, head) || spansEveryNamespace(srcParts, universe);
  const out = [];
  for (const [dstKey, dsts] of dstParts) {
    const byRisk = /* @__PURE__ */ new Map();
    for (const [srcKey, srcs] of srcParts) {
      const external = (k2) => !k2.startsWith("ns:");
      if (external(srcKey) && external(dstKey)) continue;
      const risk = openedRisk(srcKey, dstKey, anyNs);
      const list2 = byRisk.get(risk);
      if (list2) list2.push(...srcs);
      else byRisk.set(risk, [...srcs]);
    }
    for (const [risk, srcs] of byRisk) out.push({ risk, srcs: srcs.sort(), dsts, group });
  }
  return out;
}
function splitClosed(group) {
  const wl = (id) => namespaceOf(id) !== null;
  const srcs = [...group.srcs].sort();
  const dsts = [...group.dsts].sort();
  const wlDsts = dsts.filter(wl);
  const extDsts = dsts.filter((d2) => !wl(d2));
  const out = [];
  if (wlDsts.length > 0) out.push({ risk: "closed", srcs, dsts: wlDsts, group });
  const wlSrcs = srcs.filter(wl);
  if (extDsts.length > 0 && wlSrcs.length > 0)
    out.push({ risk: "closed", srcs: wlSrcs, dsts: extDsts, group });
  return out;
}
function sameChange(r2) {
  const g2 = r2.group;
  return `${r2.risk}\0${g2.cause}\0${connsKey(g2.conns)}\0${g2.policies.join(",")}\0${rulesKey(g2.rules)}`;
}
function mergeBy(rects, side) {
  const other = side === "srcs" ? "dsts" : "srcs";
  const merged2 = /* @__PURE__ */ new Map();
  for (const r2 of rects) {
    const key = `${sameChange(r2)}\0${r2[other].join("\n")}`;
    const hit = merged2.get(key);
    if (hit) for (const id of r2[side]) hit.set.add(id);
    else merged2.set(key, { rect: r2, set: new Set(r2[side]) });
  }
  return [...merged2.values()].map(({ rect, set }) => ({ ...rect, [side]: [...set].sort() }));
}
function compareRows(a, b3) {
  const cmp = (x3, y2) => x3 < y2 ? -1 : x3 > y2 ? 1 : 0;
  return riskRank(a.risk) - riskRank(b3.risk) || b3.pairs - a.pairs || cmp(a.dsts[0] ?? "", b3.dsts[0] ?? "") || a.dsts.length - b3.dsts.length || cmp(a.srcs[0] ?? "", b3.srcs[0] ?? "") || a.srcs.length - b3.srcs.length || cmp(connsKey(a.conns), connsKey(b3.conns)) || cmp(a.cause, b3.cause) || cmp(a.policies.join(","), b3.policies.join(",")) || cmp(rulesKey(a.rules), rulesKey(b3.rules));
}
function changeRows(diff2) {
  const head = universeOf(diff2.head);
  const base = universeOf(diff2.base);
  const rects = [];
  for (const g2 of diff2.opened) rects.push(...splitOpened(g2, head, diff2.head.model));
  for (const g2 of diff2.closed) rects.push(...splitClosed(g2));
  const merged2 = mergeBy(mergeBy(rects, "srcs"), "dsts");
  const rows = merged2.map((r2) => ({
    risk: r2.risk,
    srcs: r2.srcs,
    dsts: r2.dsts,
    conns: r2.group.conns,
    cause: r2.group.cause,
    policies: r2.group.policies,
    rules: r2.group.rules ?? [],
    pairs: countPairs(r2.srcs, r2.dsts)
  })).filter((r2) => r2.pairs > 0).sort(compareRows);
  const counts = Object.fromEntries(RISKS.map((k2) => [k2, 0]));
  for (const r2 of rows) counts[r2.risk] += r2.pairs;
  const closed = counts.closed;
  const opened = RISKS.reduce((n, k2) => n + (k2 === "closed" ? 0 : counts[k2]), 0);
  return { rows, counts, opened, closed, head, base };
}
function rowReasons(row) {
  const out = [];
  for (const policy of row.policies) {
    const rules = row.rules.filter((r2) => r2.policy === policy);
    if (rules.length === 0) out.push({ policy, rule: null });
    for (const rule2 of rules) out.push({ policy, rule: rule2 });
  }
  const named = new Set(row.policies);
  for (const rule2 of row.rules)
    if (!named.has(rule2.policy)) out.push({ policy: rule2.policy, rule: rule2 });
  return out;
}

// src/render/cause.ts
function causeText(cause) {
  switch (cause) {
    case "policy":
      return "policy change";
    case "endpoint-added":
      return "new workload";
    case "endpoint-removed":
      return "removed workload";
    default:
      return assertNever(cause, "cause");
  }
}
function rowCauseText(row, policy) {
  if (row.cause === "policy" && row.policies.length > 0) {
    const sides = new Set(row.policies.map((id) => policy(id).unreadableIn));
    if (sides.size === 1 && !sides.has(null)) {
      return `${[...sides][0]} file unreadable`;
    }
  }
  return causeText(row.cause);
}

// src/render/diff-mermaid.ts
var OPENED_STYLE = "stroke:#1a7f37,stroke-width:2px";
var CLOSED_STYLE = "stroke:#cf222e,stroke-width:2px";
function changeGraph(rows) {
  const ids = /* @__PURE__ */ new Map();
  const nodeLines = [];
  const node = (label) => {
    let id = ids.get(label);
    if (id === void 0) {
      id = `n${ids.size}`;
      ids.set(label, id);
      nodeLines.push(`  ${id}["${mermaidLabel(label)}"]`);
    }
    return id;
  };
  const edgeLines = [];
  const opened = [];
  const closed = [];
  for (const row of rows.rows) {
    const universe = row.risk === "closed" ? rows.base : rows.head;
    const src = node(formatEndpoints(row.srcs, universe, "text", 3));
    const dst = node(formatEndpoints(row.dsts, universe, "text", 3));
    const arrow = row.risk === "closed" ? "-.->" : "-->";
    (row.risk === "closed" ? closed : opened).push(edgeLines.length);
    edgeLines.push(`  ${src} ${arrow}|"${mermaidLabel(formatConns(row.conns))}"| ${dst}`);
  }
  const styles = [];
  if (opened.length > 0) styles.push(`  linkStyle ${opened.join(",")} ${OPENED_STYLE}`);
  if (closed.length > 0) styles.push(`  linkStyle ${closed.join(",")} ${CLOSED_STYLE}`);
  const text = ["flowchart LR", ...nodeLines, ...edgeLines, ...styles].join("\n");
  return { text: `${text}
`, edges: edgeLines.length };
}
function renderDiffMermaid(input) {
  return changeGraph(changeRows(input.diff)).text;
}

// src/render/namespace-rows.ts
function place(id, universe) {
  const ns2 = namespaceOf(id);
  if (ns2 !== null) return `ns:${ns2}`;
  return universe.publicExternals.has(id) ? "public" : "private";
}
function namespaceRows(change) {
  const acc = /* @__PURE__ */ new Map();
  for (const row of change.rows) {
    const universe = row.risk === "closed" ? change.base : change.head;
    const dstsByPlace = /* @__PURE__ */ new Map();
    for (const d2 of row.dsts) {
      const key = place(d2, universe);
      const list2 = dstsByPlace.get(key);
      if (list2) list2.push(d2);
      else dstsByPlace.set(key, [d2]);
    }
    const srcPlaces = new Set(row.srcs.map((s) => place(s, universe)));
    for (const [dst, dsts] of dstsByPlace) {
      const pairs = countPairs(row.srcs, dsts);
      if (pairs === 0) continue;
      const key = `${row.risk}\0${dst}`;
      let a = acc.get(key);
      if (!a) {
        a = {
          risk: row.risk,
          dst,
          srcs: /* @__PURE__ */ new Set(),
          pairs: 0,
          conns: EMPTY_CONNS,
          causes: /* @__PURE__ */ new Set(),
          policies: /* @__PURE__ */ new Map()
        };
        acc.set(key, a);
      }
      const dstExternal = !dst.startsWith("ns:");
      for (const p2 of srcPlaces) if (!(dstExternal && !p2.startsWith("ns:"))) a.srcs.add(p2);
      a.pairs += pairs;
      a.conns = union(a.conns, row.conns);
      a.causes.add(row.cause);
      for (const p2 of row.policies) a.policies.set(p2, (a.policies.get(p2) ?? 0) + pairs);
    }
  }
  return [...acc.values()].map((a) => ({
    risk: a.risk,
    dst: a.dst,
    srcs: [...a.srcs].sort(),
    pairs: a.pairs,
    conns: a.conns,
    causes: [...a.causes].sort(),
    // The policies that explain the most flows first (a default deny before one allow).
    policies: [...a.policies.entries()].sort(([x3, m2], [y2, n]) => n - m2 || (x3 < y2 ? -1 : x3 > y2 ? 1 : 0)).map(([id]) => id)
  })).sort(
    (a, b3) => riskRank(a.risk) - riskRank(b3.risk) || b3.pairs - a.pairs || (a.dst < b3.dst ? -1 : a.dst > b3.dst ? 1 : 0)
  );
}
function formatPlace(key, style) {
  if (key === "public") return "the internet";
  if (key === "private") return "private addresses";
  const ns2 = key.slice(3);
  return style === "markdown" ? `workloads in ${mdCode(ns2)}` : `workloads in ns ${ns2}`;
}
function formatPlaces(keys2, universe, style, max = 6) {
  const nsKeys = keys2.filter((k2) => k2.startsWith("ns:"));
  const others = keys2.filter((k2) => !k2.startsWith("ns:"));
  const parts = [];
  if (universe.byNamespace.size >= 2 && nsKeys.length === universe.byNamespace.size) {
    parts.push("any namespace");
  } else if (nsKeys.length > max) {
    parts.push(`workloads in ${nsKeys.length} namespaces`);
  } else {
    parts.push(...nsKeys.map((k2) => formatPlace(k2, style)));
  }
  parts.push(...others.map((k2) => formatPlace(k2, style)));
  return parts.join(", ");
}

// src/render/policy-info.ts
function changeLabel(info) {
  if (info.unreadableIn !== null) return `unreadable in ${info.unreadableIn}`;
  return info.change;
}
function filesWithErrors(diagnostics) {
  return new Set(diagnostics.filter((d2) => d2.severity === "error").map((d2) => d2.file));
}
function policyLookup(diff2) {
  const changes = new Map(diff2.policyChanges.map((c3) => [c3.id, c3]));
  const head = new Map(diff2.head.model.policies.map((p2) => [p2.id, p2]));
  const base = new Map(diff2.base.model.policies.map((p2) => [p2.id, p2]));
  const brokenInHead = filesWithErrors(diff2.head.model.diagnostics);
  const brokenInBase = filesWithErrors(diff2.base.model.diagnostics);
  return (id) => {
    const c3 = changes.get(id);
    if (c3) {
      const unreadableIn = c3.change === "removed" && brokenInHead.has(c3.origin.file) ? "head" : c3.change === "added" && brokenInBase.has(c3.origin.file) ? "base" : null;
      const originSide = c3.change === "removed" ? "base" : "head";
      return { id, change: c3.change, origin: c3.origin, originSide, unreadableIn };
    }
    const inHead = head.get(id);
    const origin = (inHead ?? base.get(id))?.origin ?? null;
    return { id, change: null, origin, originSide: inHead ? "head" : "base", unreadableIn: null };
  };
}

// src/render/verdict.ts
function changePhrase(opened, closed) {
  if (opened > 0 && closed > 0)
    return `opens ${plural(opened, "flow")}, closes ${formatCount(closed)}`;
  if (opened > 0) return `opens ${plural(opened, "flow")}`;
  if (closed > 0) return `closes ${plural(closed, "flow")}`;
  return "";
}
function verdict(opened, closed, renamed, sides) {
  const change = changePhrase(opened, closed);
  const renames = renamed > 0 ? ` (${plural(renamed, "workload")} renamed)` : "";
  if (sides.head.incomplete) {
    const why = sides.head.errors > 0 ? `the head has ${plural(sides.head.errors, "error")}` : "some head input could not be used";
    const seen = change === "" ? "nothing opened or closed among what could be analyzed" : `among what could be analyzed it ${change}`;
    return `result incomplete: ${why}; ${seen}${renames}`;
  }
  const main2 = change === "" ? `no reachability change${renames}` : `${change}${renames}`;
  if (sides.base.incomplete) {
    return `${main2}; the base is incomplete, so some changes may only reflect its errors`;
  }
  return main2;
}

// src/render/comment-sections.ts
var MAX_TABLE_ROWS = 100;
var COLLAPSE_ROWS = 10;
var MAX_GRAPH_EDGES = 50;
function markerLine(marker) {
  const m2 = /^<!--\s*(.*?)\s*-->$/s.exec(marker.trim());
  return `<!-- ${htmlCommentText(m2 ? m2[1] : marker)} -->`;
}
function headerSection(ctx) {
  const { rows, sides, diff: diff2 } = ctx;
  const lines = [
    markerLine(ctx.marker),
    `### reachdiff: ${mdText(verdict(rows.opened, rows.closed, diff2.renames.length, sides))}`,
    ""
  ];
  const counts = RISKS.filter((r2) => rows.counts[r2] > 0).map(
    (r2) => `**${formatCount(rows.counts[r2])}** ${riskShort(r2)}`
  );
  if (counts.length > 0) lines.push(`${counts.join(" \xB7 ")}`, "");
  lines.push(`Base ${mdCode(sides.base.label)} \u2192 head ${mdCode(sides.head.label)}.`);
  return { key: "header", text: lines.join("\n") };
}
function policyCell(ctx, ids, max = 3) {
  return reasonsCell(
    ctx,
    ids.map((policy) => ({ policy, rule: null })),
    max
  );
}
function reasonsCell(ctx, reasons, max = 3) {
  if (reasons.length === 0) return "\u2014";
  const shown = reasons.slice(0, max).map(({ policy, rule: rule2 }) => {
    const info = ctx.policy(policy);
    const origin = rule2 ? rule2.origin : info.origin;
    const side = rule2 ? rule2.side : info.originSide;
    const where = origin ? ` ${mdLocation(origin, ctx.fileLink, false, side)}` : "";
    const label = changeLabel(info);
    const change = label ? ` (${label})` : "";
    const which = rule2 ? ` ${rule2.direction} rule ${rule2.index}` : "";
    return `${mdCode(policy)}${change}${which}${where}`;
  });
  if (reasons.length > max) shown.push(`and ${reasons.length - max} more`);
  return shown.join("<br>");
}
function rowCells(ctx, row) {
  const universe = row.risk === "closed" ? ctx.rows.base : ctx.rows.head;
  return [
    formatEndpoints(row.srcs, universe, "markdown"),
    formatEndpoints(row.dsts, universe, "markdown"),
    mdText(formatConns(row.conns)),
    formatCount(row.pairs),
    rowCauseText(row, ctx.policy),
    reasonsCell(ctx, rowReasons(row))
  ].join(" | ");
}
function table(header2, lines) {
  const cols = header2.split("|").length;
  return [`| ${header2} |`, `|${" --- |".repeat(cols)}`, ...lines.map((l3) => `| ${l3} |`)].join("\n");
}
function riskBlock(risk, count, rowCount, tableText, more) {
  const title = `#### ${riskTitle(risk)} (${plural(count, "flow")})`;
  const collapse = rowCount > COLLAPSE_ROWS || risk === "closed" && rowCount > 3;
  const body = collapsible(`${plural(rowCount, "row")}`, tableText, collapse);
  return [title, "", body, ...more ? ["", more] : []].join("\n");
}
function fullRiskSections(ctx, maxRows = Number.POSITIVE_INFINITY) {
  const sections = [];
  const cuts = [];
  for (const risk of RISKS) {
    const list2 = ctx.rows.rows.filter((r2) => r2.risk === risk);
    if (list2.length === 0) continue;
    const shown = list2.slice(0, maxRows);
    const hidden = list2.slice(maxRows);
    const more = hidden.length === 0 ? "" : `\u2026 and ${plural(hidden.length, "more row")} (${plural(
      hidden.reduce((n, r2) => n + r2.pairs, 0),
      "flow"
    )}) in the full report.`;
    if (hidden.length > 0)
      cuts.push(`${plural(hidden.length, "row")} of ${riskShort(risk)} left out`);
    const text = table(
      "from | to | connections | flows | cause | policy",
      shown.map((r2) => rowCells(ctx, r2))
    );
    sections.push({
      key: `risk-${risk}`,
      text: riskBlock(risk, ctx.rows.counts[risk], list2.length, text, more)
    });
  }
  return { sections, cuts };
}
function groupedRiskSections(ctx) {
  const all = namespaceRows(ctx.rows);
  const sections = [];
  const cuts = [];
  for (const risk of RISKS) {
    const list2 = all.filter((r2) => r2.risk === risk);
    if (list2.length === 0) continue;
    const universe = risk === "closed" ? ctx.rows.base : ctx.rows.head;
    const shown = list2.slice(0, MAX_TABLE_ROWS);
    const hidden = list2.length - shown.length;
    if (hidden > 0) cuts.push(`${plural(hidden, "namespace row")} of ${riskShort(risk)} left out`);
    const text = table(
      "from | to | connections (union) | flows | cause | policies",
      shown.map(
        (r2) => [
          formatPlaces(r2.srcs, universe, "markdown"),
          formatPlace(r2.dst, "markdown"),
          mdText(formatConns(r2.conns)),
          formatCount(r2.pairs),
          r2.causes.map((cause) => rowCauseText({ cause, policies: r2.policies }, ctx.policy)).join(", "),
          policyCell(ctx, r2.policies)
        ].join(" | ")
      )
    );
    const more = hidden > 0 ? `\u2026 and ${plural(hidden, "more row")} in the full report.` : "";
    sections.push({
      key: `risk-${risk}`,
      text: riskBlock(risk, ctx.rows.counts[risk], list2.length, text, more)
    });
  }
  return { sections, cuts };
}
function renamesSection(ctx, max = 50) {
  const renames = ctx.diff.renames;
  if (renames.length === 0) return null;
  const items = renames.slice(0, max).map((r2) => `- ${mdCode(r2.from)} renamed to ${mdCode(r2.to)}`);
  if (renames.length > max) items.push(`- \u2026 and ${renames.length - max} more`);
  const text = collapsible(
    plural(renames.length, "workload"),
    items.join("\n"),
    renames.length > COLLAPSE_ROWS
  );
  return {
    key: "renames",
    text: `#### Renamed (${renames.length})

Their flows are compared through the rename.

${text}`
  };
}
function policiesSection(ctx, max = 50) {
  const changes = ctx.diff.policyChanges;
  if (changes.length === 0) return null;
  const lines = changes.slice(0, max).map(
    (c3) => `${mdCode(c3.id)} | ${changeLabel(ctx.policy(c3.id))} | ${mdLocation(c3.origin, ctx.fileLink, false, ctx.policy(c3.id).originSide)}`
  );
  let text = table("policy | change | where", lines);
  const unreadable = changes.filter((c3) => ctx.policy(c3.id).unreadableIn !== null);
  if (unreadable.length > 0) {
    text += `

${plural(unreadable.length, "policy", "policies")} marked unreadable ${unreadable.length === 1 ? "is" : "are"} in a file with errors on that side, so ${unreadable.length === 1 ? "it is" : "they are"} not known to be removed or added: the flows ${unreadable.length === 1 ? "it explains" : "they explain"} change because the file could not be read. Fix the file (see Diagnostics).`;
  }
  if (changes.length > max) text += `

\u2026 and ${changes.length - max} more.`;
  text = collapsible(
    plural(changes.length, "policy", "policies"),
    text,
    changes.length > COLLAPSE_ROWS
  );
  return { key: "policies", text: `#### Changed policies (${changes.length})

${text}` };
}
function graphSection(ctx) {
  if (ctx.rows.rows.length === 0) return null;
  const { text, edges } = changeGraph(ctx.rows);
  if (edges > MAX_GRAPH_EDGES) {
    return {
      key: "graph",
      text: `#### Graph

The graph of changed edges is left out: ${edges} edges is more than ${MAX_GRAPH_EDGES}.`
    };
  }
  const fence = `\`\`\`mermaid
${text}\`\`\``;
  return {
    key: "graph",
    text: `#### Graph

${collapsible("changed edges (green opened, red closed)", fence, edges > COLLAPSE_ROWS)}`
  };
}
function diagnosticsSection(ctx, max) {
  const { base, head } = ctx.sides;
  if (base.diagnostics.length === 0 && head.diagnostics.length === 0) return null;
  const out = ["#### Diagnostics", ""];
  if (head.incomplete) {
    out.push(
      "> [!WARNING]",
      `> The head's result is incomplete: input with errors was left out of the analysis, so flows may be missing or wrong. Fix the errors below first.`,
      ""
    );
  }
  out.push(
    `Head: ${diagnosticCounts(head.diagnostics)}. Base: ${diagnosticCounts(base.diagnostics)}.`
  );
  const listed = (d2) => bySeverity(d2.filter((x3) => x3.severity !== "info"));
  const headList = listed(head.diagnostics);
  const baseErrors = bySeverity(base.diagnostics.filter((d2) => d2.severity === "error"));
  const items = [
    ...headList.map((d2) => ({ d: d2, side: "head" })),
    ...baseErrors.map((d2) => ({ d: d2, side: "base" }))
  ];
  if (max > 0 && items.length > 0) {
    const shown = items.slice(0, max);
    const headShown = shown.filter((i) => i.side === "head").map((i) => i.d);
    const baseShown = shown.filter((i) => i.side === "base").map((i) => i.d);
    const blocks = [];
    if (headShown.length > 0)
      blocks.push(`Head:

${mdDiagnosticItems(headShown, ctx.fileLink).join("\n")}`);
    if (baseShown.length > 0)
      blocks.push(
        `Base errors:

${mdDiagnosticItems(baseShown, ctx.fileLink, "base").join("\n")}`
      );
    if (items.length > max) blocks.push(`\u2026 and ${items.length - max} more in the full report.`);
    out.push(
      "",
      collapsible(
        plural(items.length, "diagnostic"),
        blocks.join("\n\n"),
        items.length > COLLAPSE_ROWS && !head.incomplete
      )
    );
  }
  return { key: "diagnostics", text: out.join("\n") };
}
function extraSection(index, title, body) {
  return { key: `extra-${index}`, text: `#### ${mdText(title)}

${body.trimEnd()}` };
}

// src/render/diff-input.ts
function resolveSides(input) {
  const side = (info, fallback) => {
    const diagnostics = info.diagnostics ?? fallback.model.diagnostics;
    const incomplete = (info.incomplete ?? fallback.model.incomplete) || hasErrors(diagnostics);
    const errors = diagnostics.filter((d2) => d2.severity === "error").length;
    return { label: info.label, diagnostics, incomplete, errors };
  };
  return { base: side(input.base, input.diff.base), head: side(input.head, input.diff.head) };
}

// src/render/comment.ts
var COMMENT_BUDGET = 6e4;
var DEFAULT_FULL_REPORT = "the job summary and the JSON report artifact";
var SHED_ORDER = ["closed", "opened", "cross-namespace"];
function shedSection(ctx, risk, where) {
  return {
    key: `risk-${risk}`,
    text: `#### ${riskTitle(risk)} (${plural(ctx.rows.counts[risk], "flow")})

Rows left out to fit the comment; every pair is in ${where}.`
  };
}
function present(sections) {
  return sections.filter((s) => s !== null);
}
function renderComment(input, budget = COMMENT_BUDGET) {
  const ctx = {
    diff: input.diff,
    rows: changeRows(input.diff),
    sides: resolveSides(input),
    marker: input.marker,
    fileLink: input.fileLink,
    policy: policyLookup(input.diff)
  };
  const header2 = headerSection(ctx);
  const extras = (input.extraSections ?? []).map((s, i) => extraSection(i, s.title, s.body));
  const renames = renamesSection(ctx);
  const policies = policiesSection(ctx);
  const full = fullRiskSections(ctx);
  const grouped = groupedRiskSections(ctx);
  const graph = graphSection(ctx);
  const extraCut = extras.length > 0 ? ["the added sections left out"] : [];
  const early = ctx.sides.head.incomplete || ctx.sides.base.incomplete;
  const arrange = (diagnostics, body) => early ? present([header2, diagnostics, ...body]) : present([header2, ...body, diagnostics]);
  const where = input.fullReport ?? DEFAULT_FULL_REPORT;
  const changedPolicies2 = ctx.diff.policyChanges.length;
  const policyCut = (max) => changedPolicies2 > max ? [
    `${formatCount(changedPolicies2 - max)} of ${formatCount(changedPolicies2)} changed policies not listed`
  ] : [];
  const fullRungs = full.cuts.length > 0 ? [] : [
    {
      name: "full",
      sections: [
        ...arrange(diagnosticsSection(ctx, 50), [...full.sections, renames, policies, graph]),
        ...extras
      ],
      cuts: policyCut(50)
    },
    {
      name: "full-no-graph",
      sections: [
        ...arrange(diagnosticsSection(ctx, 50), [...full.sections, renames, policies]),
        ...extras
      ],
      cuts: [...graph ? ["graph left out"] : [], ...policyCut(50)]
    }
  ];
  const shedRungs = SHED_ORDER.map((_3, i) => {
    const shed = new Set(SHED_ORDER.slice(0, i + 1));
    const shedding = RISKS.filter((r2) => shed.has(r2) && ctx.rows.counts[r2] > 0);
    return {
      name: `grouped-without-${SHED_ORDER[i]}`,
      sections: [
        ...arrange(diagnosticsSection(ctx, 20), [
          ...grouped.sections.map((sec) => {
            const risk = RISKS.find((r2) => sec.key === `risk-${r2}`);
            return risk !== void 0 && shed.has(risk) ? shedSection(ctx, risk, where) : sec;
          }),
          renamesSection(ctx, 20),
          policiesSection(ctx, 20)
        ]),
        ...extras
      ],
      cuts: [
        "rows grouped by namespace",
        `rows of ${shedding.map((r2) => riskShort(r2)).join(", ")} left out`,
        ...grouped.cuts.filter(
          (c3) => !shedding.some((r2) => c3.endsWith(`of ${riskShort(r2)} left out`))
        ),
        ...graph ? ["graph left out"] : [],
        ...policyCut(20)
      ]
    };
  }).filter((_3, i) => ctx.rows.counts[SHED_ORDER[i]] > 0);
  const rungs = [
    ...fullRungs,
    {
      name: "grouped",
      sections: [
        ...arrange(diagnosticsSection(ctx, 20), [
          ...grouped.sections,
          renamesSection(ctx, 20),
          policiesSection(ctx, 20)
        ]),
        ...extras
      ],
      cuts: [
        "rows grouped by namespace",
        ...grouped.cuts,
        ...graph ? ["graph left out"] : [],
        ...policyCut(20)
      ]
    },
    ...shedRungs,
    {
      name: "counts",
      sections: [...arrange(diagnosticsSection(ctx, 5), [policiesSection(ctx, 10)]), ...extras],
      cuts: ["counts only, rows left out", ...graph ? ["graph left out"] : [], ...policyCut(10)]
    },
    {
      name: "counts-no-extras",
      sections: arrange(diagnosticsSection(ctx, 5), [policiesSection(ctx, 10)]),
      cuts: [
        "counts only, rows left out",
        ...graph ? ["graph left out"] : [],
        ...policyCut(10),
        ...extraCut
      ]
    },
    {
      name: "counts-bare",
      sections: present([header2, diagnosticsSection(ctx, 0)]),
      cuts: [
        "counts only, rows left out",
        "lists of policies and diagnostics left out",
        ...extraCut
      ]
    }
  ];
  const footer = (cuts) => cuts.length === 0 ? `<sub>Every changed pair is in ${where}.</sub>` : `<sub>Shortened to fit ${formatCount(budget)} characters: ${cuts.join("; ")}. The full report is in ${where}.</sub>`;
  const fitted = fitBudget(rungs, budget, footer);
  return { body: fitted.body, truncated: fitted.truncated };
}

// src/render/diff-json.ts
function changeJson(c3) {
  return {
    src: c3.src,
    dst: c3.dst,
    conns: connsToJson(c3.conns),
    ...otherProtocols(c3.conns) ? { otherProtocols: true } : {},
    cause: c3.cause,
    policies: [...c3.policies],
    rules: (c3.rules ?? []).map((r2) => ({
      policy: r2.policy,
      direction: r2.direction,
      index: r2.index,
      file: r2.origin.file,
      line: r2.origin.line,
      column: r2.origin.column
    }))
  };
}
var SRC = "\0src";
var DST = "\0dst";
function* changeTexts(groups) {
  const templates = /* @__PURE__ */ new Map();
  for (const { src, dst, group } of iterateChangePairs(groups)) {
    let t2 = templates.get(group);
    if (t2 === void 0) {
      const text = indentedJson(changeJson({ ...group, src: SRC, dst: DST }), ITEM_INDENT);
      const [before = "", rest = ""] = text.split(JSON.stringify(SRC));
      const [middle = "", after = ""] = rest.split(JSON.stringify(DST));
      t2 = [before, middle, after];
      templates.set(group, t2);
    }
    yield `${t2[0]}${JSON.stringify(src)}${t2[1]}${JSON.stringify(dst)}${t2[2]}`;
  }
}
function* diffJsonChunks(input) {
  const { base, head } = resolveSides(input);
  yield* jsonObjectChunks([
    { key: "schemaVersion", value: 1 },
    { key: "base", value: base.label },
    { key: "head", value: head.label },
    { key: "opened", texts: changeTexts(input.diff.opened) },
    { key: "closed", texts: changeTexts(input.diff.closed) },
    {
      key: "diagnostics",
      value: {
        base: diagnosticsToJson(base.diagnostics),
        head: diagnosticsToJson(head.diagnostics)
      }
    },
    { key: "incomplete", value: { base: base.incomplete, head: head.incomplete } },
    { key: "renamed", value: input.diff.renames.map((r2) => ({ from: r2.from, to: r2.to })) }
  ]);
}

// src/render/diff-text.ts
function renderDiffText(input, options) {
  const p2 = paint(options.color);
  const sides = resolveSides(input);
  const rows = changeRows(input.diff);
  const policy = policyLookup(input.diff);
  const out = [
    p2.bold(`reachdiff: ${verdict(rows.opened, rows.closed, input.diff.renames.length, sides)}`),
    `${sides.base.label} \u2192 ${sides.head.label}`
  ];
  const counts = RISKS.filter((r2) => rows.counts[r2] > 0).map(
    (r2) => `${riskShort(r2)} ${formatCount(rows.counts[r2])}`
  );
  if (counts.length > 0) out.push(counts.join(" \xB7 "));
  const diagnostics = [];
  for (const side of ["head", "base"]) {
    const diags = sides[side].diagnostics;
    if (diags.length === 0) continue;
    diagnostics.push("", p2.bold(`Diagnostics (${side}: ${diagnosticCounts(diags)})`));
    const shown = side === "head" ? diags.filter((d2) => d2.severity !== "info") : diags.filter((d2) => d2.severity === "error" || d2.code === "path-not-on-side");
    for (const line of diagnosticLines(shown)) diagnostics.push(`  ${line}`);
  }
  const early = sides.head.incomplete || sides.base.incomplete;
  if (early) out.push(...diagnostics);
  for (const risk of RISKS) {
    const list2 = rows.rows.filter((r2) => r2.risk === risk);
    if (list2.length === 0) continue;
    out.push("", p2.bold(`${riskTitle(risk)} (${formatCount(rows.counts[risk])})`));
    for (const row of list2) out.push(rowLine(row, rows, policy, p2));
  }
  if (input.diff.renames.length > 0) {
    out.push("", p2.bold("Renamed"));
    for (const r2 of input.diff.renames) out.push(`  ${r2.from} \u2192 ${r2.to}`);
  }
  if (input.diff.policyChanges.length > 0) {
    out.push("", p2.bold("Policies changed"));
    for (const c3 of input.diff.policyChanges) {
      const base = policy(c3.id).originSide === "base" ? " (base)" : "";
      out.push(`  ${changeLabel(policy(c3.id))} ${c3.id}  ${c3.origin.file}:${c3.origin.line}${base}`);
    }
  }
  if (!early) out.push(...diagnostics);
  return `${out.join("\n")}
`;
}
function rowLine(row, rows, policy, p2) {
  const universe = row.risk === "closed" ? rows.base : rows.head;
  const sign = row.risk === "closed" ? p2.red("-") : p2.green("+");
  const src = formatEndpoints(row.srcs, universe, "text");
  const dst = formatEndpoints(row.dsts, universe, "text");
  const why = [
    rowCauseText(row, policy),
    ...rowReasons(row).map(({ policy: id, rule: rule2 }) => {
      const info = policy(id);
      const origin = rule2 ? rule2.origin : info.origin;
      const base = (rule2 ? rule2.side : info.originSide) === "base" ? ", base" : "";
      const name = rule2 ? `${id} ${rule2.direction} rule ${rule2.index}` : id;
      return origin ? `${name} (${origin.file}:${origin.line}${base})` : name;
    })
  ].join(", ");
  const flows = row.pairs === 1 ? "" : p2.dim(` [${formatCount(row.pairs)} flows]`);
  const line = `  ${sign} ${src} \u2192 ${dst}  ${formatConns(row.conns)}  (${why})${flows}`;
  return line;
}

// src/render/marker.ts
import { createHash as createHash2 } from "node:crypto";
function commentMarker(paths) {
  const normalized = (paths.length === 0 ? ["."] : paths).map(normalizePath);
  const key = [...new Set(normalized)].sort().join("\n");
  const hash = createHash2("sha256").update(key).digest("hex").slice(0, 12);
  return `<!-- reachdiff:${hash} -->`;
}
function normalizePath(path4) {
  const trimmed = path4.trim().replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/\/+$/, "");
  return trimmed === "" ? "." : trimmed;
}

// src/cli/commands/diff.ts
var FORMATS2 = ["text", "markdown", "json", "mermaid"];
var DIFF_OPTIONS = {
  base: { type: "string" },
  head: { type: "string" },
  "base-dir": { type: "string" },
  "head-dir": { type: "string" },
  repo: { type: "string" },
  "exit-code": { type: "boolean" },
  "merge-commit": { type: "boolean" }
};
async function diffCommand(argv, io2) {
  try {
    return await diff(argv, io2);
  } catch (error) {
    if (!(error instanceof PathNotFoundError)) throw error;
    printDiagnostics(io2, error.diagnostics, false);
    io2.err(`reachdiff diff: ${error.message}
`);
    return 2;
  }
}
async function diff(argv, io2) {
  const args = parseCommandArgs(argv, DIFF_OPTIONS);
  const format = formatOption(args, FORMATS2, "text");
  const config = await loadConfig(args, io2);
  const modelOptions = analysisOptions(args, config);
  const abs = (p2) => isAbsolute2(p2) ? p2 : join2(io2.cwd, p2);
  const base = stringOption(args, "base");
  const baseDir = stringOption(args, "base-dir");
  const headDir = stringOption(args, "head-dir");
  let run;
  if (baseDir !== void 0 || headDir !== void 0) {
    if (baseDir === void 0 || headDir === void 0) {
      throw new UsageError("--base-dir and --head-dir go together");
    }
    if (base !== void 0 || stringOption(args, "head") !== void 0) {
      throw new UsageError("use either --base/--head or --base-dir/--head-dir");
    }
    await requireDirectory("--base-dir", baseDir, abs(baseDir));
    await requireDirectory("--head-dir", headDir, abs(headDir));
    run = await diffDirectories(abs(baseDir), abs(headDir), {
      paths: args.positionals,
      modelOptions,
      labels: { base: baseDir, head: headDir }
    });
  } else {
    const repoDir = abs(stringOption(args, "repo") ?? ".");
    let head = stringOption(args, "head");
    let baseRev = base;
    if (flag(args, "merge-commit")) {
      if (base !== void 0)
        throw new UsageError("--merge-commit picks the base itself: drop --base");
      const pair = await mergeCommitPair(repoDir, head ?? "HEAD");
      if (pair === null) {
        throw new UsageError(`${head ?? "HEAD"} is not a merge commit; give --base REV instead`);
      }
      baseRev = pair.base;
      head = pair.head;
    }
    if (baseRev === void 0) {
      throw new UsageError("--base REV, --merge-commit or --base-dir/--head-dir is required");
    }
    run = await diffRevisions({
      repoDir,
      base: baseRev,
      ...head !== void 0 ? { head } : {},
      paths: args.positionals,
      modelOptions,
      onNote: (message) => io2.err(`reachdiff diff: ${message}
`)
    });
  }
  const input = {
    diff: run.diff,
    base: { label: run.base.label },
    head: { label: run.head.label }
  };
  const quiet = flag(args, "quiet");
  const under = args.positionals.length > 0 ? `under ${args.positionals.join(", ")} ` : "";
  const file = args.positionals[0] ?? ".";
  warnIfNoManifests(run.head.model, `${under}in the head (${run.head.label})`, file);
  warnIfNoManifests(run.base.model, `${under}in the base (${run.base.label})`, file);
  printDiagnostics(io2, run.head.model.diagnostics, quiet);
  const baseDiagnostics = run.base.model.diagnostics;
  const baseHasErrors = baseDiagnostics.some((d2) => d2.severity === "error");
  const baseShown = baseDiagnostics.filter(
    (d2) => d2.severity === "error" || d2.code === "no-manifests" || d2.code === "path-not-on-side" || !baseHasErrors && run.base.model.incomplete
  );
  if (baseShown.length > 0 && (!quiet || baseHasErrors)) {
    const what = baseHasErrors ? "errors" : "warnings";
    io2.err(`reachdiff diff: ${what} in the base (${run.base.label}):
`);
    printDiagnostics(io2, baseShown, quiet);
  }
  switch (format) {
    case "json":
      await outChunks(io2, diffJsonChunks(input));
      break;
    case "text":
      io2.out(withNewline(renderDiffText(input, { color: useColor(io2, flag(args, "no-color")) })));
      break;
    case "markdown":
      io2.out(
        withNewline(renderComment({ ...input, marker: commentMarker(args.positionals) }).body)
      );
      break;
    case "mermaid":
      io2.out(withNewline(renderDiffMermaid(input)));
      break;
    default:
      assertNever(format, "format");
  }
  const sides = resolveSides(input);
  if (sides.head.incomplete || sides.base.incomplete) {
    const which = sides.head.incomplete ? "head" : "base";
    const why = seeAbove(
      which === "head" ? run.head.model.diagnostics : baseShown,
      flag(args, "quiet")
    );
    io2.err(
      `reachdiff diff: the ${which} could not be read whole; the result is incomplete (${why})
`
    );
    return 2;
  }
  const changed = run.diff.opened.length > 0 || run.diff.closed.length > 0;
  return flag(args, "exit-code") && changed ? 1 : 0;
}
async function requireDirectory(option, given, full) {
  let isDirectory = false;
  try {
    isDirectory = (await stat3(full)).isDirectory();
  } catch {
    throw new UsageError(`${option} ${given} does not exist or cannot be read; give a folder`);
  }
  if (!isDirectory) {
    throw new UsageError(
      `${option} ${given} is not a folder; give the folder that holds the manifests`
    );
  }
}

// src/render/explain-text.ts
function renderExplainText(e) {
  switch (e.kind) {
    case "unknown-endpoint":
      return `unknown ${e.role === "src" ? "source" : "destination"} "${e.text}": give an endpoint id like ns/name[Deployment] (see "reachdiff analyze"), an IP address or a START-END range
`;
    case "loopback":
      return `${e.src} \u2192 ${e.dst}: a pod's traffic to itself is loopback, always allowed (Kubernetes cannot block it)
`;
    case "external-pair":
      return `${e.src} \u2192 ${e.dst}: both ends are outside the cluster; NetworkPolicies do not apply
`;
    case "flow":
      return flowText(e);
    default:
      return assertNever(e, "explanation");
  }
}
function flowText(e) {
  const lines = [];
  const probe = e.probe ? ` on ${e.probe.protocol}/${e.probe.port}` : "";
  lines.push(`${e.src} \u2192 ${e.dst}${probe}`);
  lines.push("");
  lines.push(...sideText("egress at the source", e.egress, e.src));
  lines.push("");
  lines.push(...sideText("ingress at the destination", e.ingress, e.dst));
  lines.push("");
  if (e.probe) {
    lines.push(
      `verdict: ${e.probeAllowed ? "ALLOWED" : "DENIED"} (${e.probe.protocol}/${e.probe.port}); the flow allows ${describe2(e.conns)}`
    );
  } else {
    lines.push(
      `verdict: ${isEmpty(e.conns) ? "DENIED: nothing is allowed" : `allows ${describe2(e.conns)}`}`
    );
  }
  return `${lines.join("\n")}
`;
}
function describe2(c3) {
  if (isEmpty(c3)) return "nothing";
  const f3 = formatConns(c3);
  return f3 === "all" ? "every protocol and port" : f3;
}
function sideText(title, side, who) {
  if (side === null) return [`${title}: ${who} is outside the cluster, not restricted on its side`];
  const out = [];
  if (!side.isolated) {
    out.push(
      `${title}: not isolated (no policy selects ${side.subject} for ${side.direction}) \u2192 all allowed`
    );
  } else {
    out.push(`${title}: isolated by ${side.isolatedBy.join(", ")} \u2192 ${describe2(side.conns)}`);
  }
  for (const p2 of side.policies) {
    out.push(
      `  policy ${p2.id} (${p2.origin.file}:${p2.origin.line})${p2.isolates ? "" : " [does not isolate]"}`
    );
    if (p2.rules.length === 0 && p2.isolates)
      out.push(`    no ${side.direction} rules: allows nothing`);
    for (const r2 of p2.rules) out.push(`    ${ruleText(side, r2)}`);
  }
  if (side.probeAllowed !== null)
    out.push(`  \u2192 ${side.probeAllowed ? "allowed" : "denied"} on this side`);
  return out;
}
function ruleText(side, r2) {
  const name = r2.name ? ` "${r2.name}"` : "";
  const where = `${r2.origin.file}:${r2.origin.line}`;
  const peer2 = r2.peerMatches ? `${side.direction === "ingress" ? "from" : "to"} matches` : `${side.direction === "ingress" ? "from" : "to"} does not match ${side.peer}`;
  const ports = `ports: ${describe2(r2.ruleConns)}`;
  const unresolved = r2.unresolvedNamedPorts.length > 0 ? `; named port ${r2.unresolvedNamedPorts.join(", ")} not declared by the destination (matches nothing)` : "";
  const probe = r2.probeMatches === null ? "" : r2.probeMatches ? " \u2713 matches the probe" : "";
  return `rule ${r2.index}${name} (${r2.action}, ${where}): ${peer2}; ${ports}${unresolved}${probe}`;
}
function explainToJson(e) {
  return JSON.parse(
    JSON.stringify(e, (_key, value) => {
      if (isConnSet(value)) return connsToJson(value);
      return value;
    })
  );
}
function isConnSet(v2) {
  return typeof v2 === "object" && v2 !== null && "TCP" in v2 && "UDP" in v2 && "SCTP" in v2 && "other" in v2 && Object.keys(v2).length === 4;
}

// src/cli/commands/explain.ts
var PORT = /^(\d{1,5})(?:\/(TCP|UDP|SCTP|tcp|udp|sctp))?$/;
async function explainCommand(argv, io2) {
  const args = parseCommandArgs(argv, {});
  const format = formatOption(args, ["text", "json"], "text");
  const [src, dst, ...rest] = args.positionals;
  if (src === void 0 || dst === void 0) throw new UsageError("SRC and DST are required");
  let probe;
  let paths = rest;
  const m2 = rest[0] !== void 0 ? PORT.exec(rest[0]) : null;
  if (m2) {
    const port2 = Number(m2[1]);
    if (port2 < 1 || port2 > 65535) throw new UsageError(`port ${port2} is outside 1-65535`);
    probe = { port: port2, protocol: m2[2]?.toUpperCase() ?? "TCP" };
    paths = rest.slice(1);
  }
  const config = await loadConfig(args, io2);
  const { model, graph } = await loadTree(paths, io2, analysisOptions(args, config));
  printDiagnostics(io2, model.diagnostics, flag(args, "quiet"));
  const explanation = explainFlow(graph, src, dst, probe);
  if (format === "json") io2.out(`${JSON.stringify(explainToJson(explanation), null, 2)}
`);
  else if (explanation.kind === "unknown-endpoint" && explanation.reason !== void 0) {
    const role = explanation.role === "src" ? "source" : "destination";
    io2.out(`${role} ${explanation.text} is not analyzed: ${explanation.reason}
`);
  } else io2.out(renderExplainText(explanation));
  if (explanation.kind === "unknown-endpoint") return 2;
  return model.incomplete ? 2 : 0;
}

// src/app/generate-egress.ts
import { realpath as realpath3 } from "node:fs/promises";
import path3 from "node:path";

// src/adapters/egress-dir.ts
var import_yaml6 = __toESM(require_dist(), 1);
import { lstat, mkdir, readdir as readdir2, readFile as readFile3, realpath as realpath2, unlink, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/generate/types.ts
var MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
var MANAGED_BY_VALUE = "reachdiff";
var GENERATED_FROM_ANNOTATION = "reachdiff.io/generated-from";
var DEFAULT_DNS = {
  namespace: "kube-system",
  podLabels: { "k8s-app": "kube-dns" },
  ports: [
    { protocol: "UDP", port: 53 },
    { protocol: "TCP", port: 53 }
  ]
};

// src/adapters/egress-dir.ts
var EgressDirError = class extends Error {
  name = "EgressDirError";
};
var FORBIDDEN = /* @__PURE__ */ new Set([".git", ".github"]);
function refuseForbidden(abs, given) {
  if (abs.split(path2.sep).some((s) => FORBIDDEN.has(s))) {
    throw new EgressDirError(
      `refusing to write generated policies to ${given}: it is inside .git/ or .github/. Choose a folder of manifests, e.g. policies/generated-egress.`
    );
  }
}
async function exists2(p2) {
  try {
    await lstat(p2);
    return true;
  } catch {
    return false;
  }
}
async function realTarget(abs) {
  const rest = [];
  let cur = abs;
  while (!await exists2(cur)) {
    rest.unshift(path2.basename(cur));
    const up = path2.dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  return path2.join(await realpath2(cur), ...rest);
}
function checkRelative(p2) {
  const parts = p2.split("/");
  if (p2 === "" || path2.isAbsolute(p2) || p2.includes("\\") || parts.some((s) => s === ".." || s === "." || s === "")) {
    throw new EgressDirError(
      `refusing to write ${JSON.stringify(p2)}: generated file paths must stay inside the output folder.`
    );
  }
}
function ownershipOf(text) {
  try {
    const marks = (0, import_yaml6.parseAllDocuments)(text).filter((doc) => "contents" in doc && doc.contents !== null).map((doc) => {
      const obj = doc.toJS({ maxAliasCount: 0 });
      const labels = obj?.metadata?.labels;
      return labels?.[MANAGED_BY_LABEL] === MANAGED_BY_VALUE;
    });
    if (marks.length > 0 && marks.every((m2) => m2)) return "generated";
    return marks.some((m2) => m2) ? "mixed" : "foreign";
  } catch {
    return "foreign";
  }
}
function mixedFileMessage(file) {
  return `refusing to touch ${file}: only some of its documents carry the ${MANAGED_BY_LABEL}: ${MANAGED_BY_VALUE} label, so it mixes hand-written policies with generated ones. Move the hand-written documents to a file of their own (outside the output folder, or without the label), then run again.`;
}
async function listYaml(root, rel = "") {
  let entries;
  try {
    entries = await readdir2(path2.join(root, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  const out = [];
  for (const e of entries) {
    const r2 = rel === "" ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) out.push(...await listYaml(root, r2));
    else if (e.isFile() && /\.ya?ml$/.test(e.name)) out.push(r2);
  }
  return out.sort();
}
async function syncEgressDir(dir, files, options) {
  const abs = path2.resolve(dir);
  refuseForbidden(abs, dir);
  const root = await realTarget(abs);
  refuseForbidden(root, dir);
  if (options.cwd !== void 0) await refuseRedirect(abs, root, options.cwd, dir);
  if (await exists2(root) && !(await lstat(root)).isDirectory()) {
    throw new EgressDirError(`refusing to use ${dir}: it exists and is not a folder.`);
  }
  const written = [];
  const unchanged = [];
  const wanted = /* @__PURE__ */ new Set();
  for (const f3 of files) {
    checkRelative(f3.path);
    const target = path2.join(root, ...f3.path.split("/"));
    if (!target.startsWith(root + path2.sep))
      throw new EgressDirError(`refusing to write ${f3.path} outside ${dir}.`);
    await refuseLinks(root, f3.path);
    wanted.add(f3.path);
    const current = await readIfFile(target, f3.path);
    const owner = current === null ? "generated" : ownershipOf(current);
    if (owner === "mixed") throw new EgressDirError(mixedFileMessage(path2.join(dir, f3.path)));
    if (current === f3.text) unchanged.push(f3.path);
    else if (owner === "generated") written.push(f3.path);
    else
      throw new EgressDirError(
        `refusing to overwrite ${path2.join(dir, f3.path)}: reachdiff did not generate it. Move it away or choose another --out.`
      );
  }
  const removed = [];
  for (const rel of await listYaml(root)) {
    if (wanted.has(rel)) continue;
    const owner = ownershipOf(await readFile3(path2.join(root, rel), "utf8"));
    if (owner === "mixed") throw new EgressDirError(mixedFileMessage(path2.join(dir, rel)));
    if (owner === "generated") removed.push(rel);
  }
  if (!options.check) {
    for (const rel of written) {
      const target = path2.join(root, ...rel.split("/"));
      await mkdir(path2.dirname(target), { recursive: true });
      await refuseLinks(root, rel);
      await writeFile(target, files.find((f3) => f3.path === rel).text);
    }
    for (const rel of removed) await unlink(path2.join(root, ...rel.split("/")));
  }
  written.sort();
  unchanged.sort();
  return { written, removed, unchanged, stale: written.length + removed.length > 0 };
}
async function refuseRedirect(abs, root, cwd, given) {
  const lexical = path2.relative(path2.resolve(cwd), abs);
  if (lexical.startsWith("..") || path2.isAbsolute(lexical)) return;
  const realCwd = await realpath2(cwd);
  if (root === realCwd || root.startsWith(realCwd + path2.sep)) return;
  throw new EgressDirError(
    `refusing to write generated policies to ${given}: a symlink on the way leads outside the working directory, to ${root}. Give that folder explicitly if it is really where they belong.`
  );
}
async function refuseLinks(root, rel) {
  let cur = root;
  for (const part of rel.split("/")) {
    cur = path2.join(cur, part);
    try {
      if ((await lstat(cur)).isSymbolicLink()) {
        throw new EgressDirError(
          `refusing to write through the symlink ${cur}: generated files stay inside the output folder.`
        );
      }
    } catch (error) {
      if (error instanceof EgressDirError) throw error;
      return;
    }
  }
}
async function readIfFile(target, rel) {
  try {
    const info = await lstat(target);
    if (!info.isFile())
      throw new EgressDirError(
        `refusing to write ${rel}: something that is not a file is in the way.`
      );
    return await readFile3(target, "utf8");
  } catch (error) {
    if (error instanceof EgressDirError) throw error;
    return null;
  }
}

// src/render/egress-yaml.ts
var import_yaml7 = __toESM(require_dist(), 1);

// src/generate/selectors.ts
var ALL_PODS = { matchLabels: {}, matchExpressions: [] };
function selectorMatches2(selector2, labels) {
  for (const [k2, v2] of Object.entries(selector2.matchLabels)) if (labels[k2] !== v2) return false;
  for (const r2 of selector2.matchExpressions) {
    const has = Object.hasOwn(labels, r2.key);
    const value = labels[r2.key];
    switch (r2.operator) {
      case "In":
        if (!has || value === void 0 || !r2.values.includes(value)) return false;
        break;
      case "NotIn":
        if (has && value !== void 0 && r2.values.includes(value)) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
    }
  }
  return true;
}
function isEmptySelector(selector2) {
  return Object.keys(selector2.matchLabels).length === 0 && selector2.matchExpressions.length === 0;
}
function canonicalSelector(selector2) {
  const matchLabels = {};
  for (const k2 of Object.keys(selector2.matchLabels).sort())
    matchLabels[k2] = selector2.matchLabels[k2];
  const matchExpressions = selector2.matchExpressions.map((r2) => ({ key: r2.key, operator: r2.operator, values: [...new Set(r2.values)].sort() })).sort((a, b3) => compareText(selectorTermKey(a), selectorTermKey(b3)));
  return { matchLabels, matchExpressions };
}
function selectorTermKey(r2) {
  return `${r2.key}\0${r2.operator}\0${r2.values.join("")}`;
}
function selectorKey(selector2) {
  return JSON.stringify(canonicalSelector(selector2));
}
function selectorSubsumes(outer, inner) {
  for (const [k2, v2] of Object.entries(outer.matchLabels))
    if (inner.matchLabels[k2] !== v2) return false;
  const innerTerms = new Set(canonicalSelector(inner).matchExpressions.map(selectorTermKey));
  return canonicalSelector(outer).matchExpressions.every((t2) => innerTerms.has(selectorTermKey(t2)));
}
function selectorsCanOverlap(a, b3) {
  const keys2 = /* @__PURE__ */ new Set();
  for (const s of [a, b3]) {
    for (const k2 of Object.keys(s.matchLabels)) keys2.add(k2);
    for (const r2 of s.matchExpressions) keys2.add(r2.key);
  }
  for (const key of keys2) {
    const within = [];
    const banned = /* @__PURE__ */ new Set();
    let present2 = false;
    let absent = false;
    for (const s of [a, b3]) {
      const v2 = s.matchLabels[key];
      if (v2 !== void 0) within.push([v2]);
      for (const r2 of s.matchExpressions) {
        if (r2.key !== key) continue;
        if (r2.operator === "In") within.push(r2.values);
        else if (r2.operator === "NotIn") for (const x3 of r2.values) banned.add(x3);
        else if (r2.operator === "Exists") present2 = true;
        else absent = true;
      }
    }
    if (absent && (present2 || within.length > 0)) return false;
    const [first, ...rest] = within;
    if (first !== void 0 && !first.some((v2) => !banned.has(v2) && rest.every((values) => values.includes(v2))))
      return false;
  }
  return true;
}
function podSetNamespaces(set, namespaces) {
  const m2 = set.namespaces;
  return m2.kind === "named" ? namespaces.filter((n) => n.name === m2.name) : namespaces.filter((n) => selectorMatches2(m2.selector, n.labels));
}
function podSetMatches(set, ns2, labels) {
  const m2 = set.namespaces;
  const nsOk = m2.kind === "named" ? m2.name === ns2.name : selectorMatches2(m2.selector, ns2.labels);
  return nsOk && selectorMatches2(set.pods, labels);
}
function formatSelector(selector2) {
  if (isEmptySelector(selector2)) return "all pods";
  const c3 = canonicalSelector(selector2);
  const parts = Object.entries(c3.matchLabels).map(([k2, v2]) => `${k2}=${v2}`);
  for (const r2 of c3.matchExpressions) {
    parts.push(
      r2.operator === "Exists" ? r2.key : r2.operator === "DoesNotExist" ? `!${r2.key}` : `${r2.key} ${r2.operator === "In" ? "in" : "notin"} (${r2.values.join(",")})`
    );
  }
  return parts.join(",");
}

// src/render/egress-yaml.ts
function selectorYaml(selector2) {
  if (isEmptySelector(selector2)) return {};
  const c3 = canonicalSelector(selector2);
  const out = {};
  if (Object.keys(c3.matchLabels).length > 0) out.matchLabels = { ...c3.matchLabels };
  if (c3.matchExpressions.length > 0) {
    out.matchExpressions = c3.matchExpressions.map(
      (r2) => r2.operator === "Exists" || r2.operator === "DoesNotExist" ? { key: r2.key, operator: r2.operator } : { key: r2.key, operator: r2.operator, values: [...r2.values] }
    );
  }
  return out;
}
function peerYaml(peer2) {
  const out = {};
  if (peer2.namespace !== null) {
    out.namespaceSelector = { matchLabels: { "kubernetes.io/metadata.name": peer2.namespace } };
  }
  out.podSelector = selectorYaml(peer2.pods);
  return out;
}
function portYaml(port2) {
  switch (port2.kind) {
    case "protocol":
      return { protocol: port2.protocol };
    case "number":
      return port2.endPort === null ? { protocol: port2.protocol, port: port2.port } : { protocol: port2.protocol, port: port2.port, endPort: port2.endPort };
    case "named":
      return { protocol: port2.protocol, port: port2.name };
    default:
      return assertNever(port2, "port");
  }
}
function egressPolicyObject(policy) {
  const metadata = {
    name: policy.name,
    namespace: policy.namespace,
    labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE }
  };
  if (policy.generatedFrom.length > 0) {
    metadata.annotations = { [GENERATED_FROM_ANNOTATION]: policy.generatedFrom.join("\n") };
  }
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata,
    spec: {
      podSelector: selectorYaml(policy.podSelector),
      // Always explicit: the defaulting of policyTypes is subtle (seed 004, semantics.md §2.2).
      policyTypes: ["Egress"],
      egress: policy.rules.map((r2) => {
        const rule2 = { to: r2.to.map(peerYaml) };
        if (r2.ports !== "all") rule2.ports = r2.ports.map(portYaml);
        return rule2;
      })
    }
  };
}
function header(policy) {
  const why = policy.purpose === "default-deny" ? "# Default deny for egress in this namespace; DNS stays allowed." : "# The egress complement of the ingress rules named in the annotation.";
  return `# Generated by reachdiff generate-egress. Do not edit: change the ingress policies and regenerate.
${why}
`;
}
function renderEgressPolicy(policy) {
  return header(policy) + (0, import_yaml7.stringify)(egressPolicyObject(policy), { lineWidth: 0, indentSeq: true });
}
function renderEgressFiles(policies) {
  return policies.map((p2) => ({ path: p2.fileName, text: renderEgressPolicy(p2) })).sort((a, b3) => a.path < b3.path ? -1 : a.path > b3.path ? 1 : 0);
}

// src/generate/dns-stand-in.ts
var STAND_IN_NAME = "(cluster-dns)";
function dnsStandInId(dns) {
  return workloadId(dns.namespace, "Pod", STAND_IN_NAME);
}
function dnsStandIn(model, dns) {
  const pods = { matchLabels: dns.podLabels, matchExpressions: [] };
  if (model.workloads.some((w2) => w2.namespace === dns.namespace && selectorMatches2(pods, w2.labels)))
    return null;
  return {
    id: dnsStandInId(dns),
    namespace: dns.namespace,
    name: STAND_IN_NAME,
    kind: "Pod",
    labels: { ...dns.podLabels },
    ports: dns.ports.map((p2) => ({
      name: p2.protocol === "UDP" ? "dns" : `dns-${p2.protocol.toLowerCase()}`,
      port: p2.port,
      protocol: p2.protocol
    })),
    origin: { file: "", line: 0, column: 0 }
  };
}
function withStandIn(model, standIn) {
  if (standIn === null) return model;
  const namespaces = model.namespaces.some((n) => n.name === standIn.namespace) ? model.namespaces : [
    ...model.namespaces,
    {
      name: standIn.namespace,
      labels: { [NAMESPACE_NAME_LABEL2]: standIn.namespace },
      declared: false,
      origin: null
    }
  ].sort((a, b3) => compareText(a.name, b3.name));
  const workloads = [...model.workloads, standIn].sort((a, b3) => compareText(a.id, b3.id));
  return { ...model, namespaces, workloads };
}

// src/generate/complements.ts
function sourceNamespaces(model) {
  const used = /* @__PURE__ */ new Set();
  for (const w2 of model.workloads) used.add(w2.namespace);
  for (const p2 of model.policies) if (p2.namespace !== null) used.add(p2.namespace);
  return model.namespaces.filter((n) => n.declared || used.has(n.name));
}
function egressPorts(ports) {
  if (ports === "all") return "all";
  return ports.map((p2) => {
    if (p2.kind === "named") return { kind: "named", protocol: p2.protocol, name: p2.name };
    if (p2.from === MIN_PORT && p2.to === MAX_PORT) return { kind: "protocol", protocol: p2.protocol };
    return {
      kind: "number",
      protocol: p2.protocol,
      port: p2.from,
      endPort: p2.to === p2.from ? null : p2.to
    };
  });
}
function ingressPolicies(model) {
  return model.policies.filter(
    (p2) => p2.kind === "NetworkPolicy" && p2.namespace !== null && p2.subject.namespaces.kind === "named" && p2.ingress?.isolates
  );
}
function collectComplements(model, universe) {
  const complements = [];
  const notes = [];
  const diagnostics = [];
  for (const policy of ingressPolicies(model)) {
    const dstNs = policy.namespace;
    const id = policyId(dstNs, policy.name);
    for (const rule2 of policy.ingress.rules) {
      if (rule2.action !== "allow") continue;
      const from = `${id} ingress[${rule2.index}]`;
      const ports = egressPorts(rule2.ports);
      const add = (srcNs, pods) => complements.push({
        namespace: srcNs,
        pods,
        to: { namespace: srcNs === dstNs ? null : dstNs, pods: policy.subject.pods },
        ports,
        from
      });
      if (rule2.peers === "any") {
        notes.push({ kind: "broad", policy: id, rule: rule2.index, namespaces: [], without: [] });
        diagnostics.push(
          diagnostic(
            "warning",
            "generate-broad",
            `${from} allows every source, so each source namespace's pods get egress toward ${id}'s pods (the report lists which namespaces); add a 'from' to narrow it.`,
            rule2.origin
          )
        );
        for (const ns2 of universe) add(ns2.name, ALL_PODS);
        continue;
      }
      for (const peer2 of rule2.peers) {
        switch (peer2.kind) {
          case "ipBlock":
            notes.push({ kind: "ipblock-skipped", policy: id, rule: rule2.index, cidr: peer2.cidr });
            diagnostics.push(
              diagnostic(
                "info",
                "generate-skipped",
                `${from}: the ipBlock ${peer2.cidr} peer needs no egress policy, its sources are outside the cluster.`,
                rule2.origin
              )
            );
            break;
          case "pods": {
            const matched = podSetNamespaces(peer2, universe);
            for (const ns2 of matched) add(ns2.name, peer2.pods);
            if (matched.length === 0 && peer2.namespaces.kind === "selector") {
              notes.push({
                kind: "namespaces-unmatched",
                policy: id,
                rule: rule2.index,
                namespaces: peer2.namespaces.selector,
                pods: peer2.pods
              });
              diagnostics.push(
                diagnostic(
                  "info",
                  "generate-skipped",
                  `${from}: the namespaceSelector ${formatSelector(peer2.namespaces.selector)} matches no namespace the repository declares, so this peer got no egress policy. If its sources exist, add their Namespace manifests with their labels to the analyzed paths and run again.`,
                  rule2.origin
                )
              );
            }
            break;
          }
          default:
            assertNever(peer2, "peer");
        }
      }
    }
  }
  return { complements, notes, diagnostics };
}

// src/generate/isolation.ts
function mergeIds(a, b3) {
  return [.../* @__PURE__ */ new Set([...a, ...b3])].sort();
}
function decideIsolation(model, sources) {
  const nsByName = new Map(model.namespaces.map((n) => [n.name, n]));
  const workloadsByNs = /* @__PURE__ */ new Map();
  for (const w2 of model.workloads) {
    const list2 = workloadsByNs.get(w2.namespace) ?? [];
    list2.push(w2);
    workloadsByNs.set(w2.namespace, list2);
  }
  const blockedSel = /* @__PURE__ */ new Map();
  const isolatedWl = /* @__PURE__ */ new Map();
  const heldWl = /* @__PURE__ */ new Map();
  const blockedNs = /* @__PURE__ */ new Map();
  const markNs = (ns2, by) => blockedNs.set(ns2, mergeIds(blockedNs.get(ns2) ?? [], by));
  for (const p2 of model.policies) {
    if (p2.egress === null || !p2.egress.isolates) continue;
    const id = policyId(p2.namespace, p2.name);
    const m2 = p2.subject.namespaces;
    if (m2.kind === "named") {
      blockedSel.set(m2.name, [
        ...blockedSel.get(m2.name) ?? [],
        { pods: p2.subject.pods, by: [id], source: false }
      ]);
      markNs(m2.name, [id]);
    }
    for (const w2 of model.workloads) {
      const ns2 = nsByName.get(w2.namespace);
      if (ns2 && podSetMatches(p2.subject, ns2, w2.labels)) {
        isolatedWl.set(w2.id, mergeIds(isolatedWl.get(w2.id) ?? [], [id]));
        markNs(w2.namespace, [id]);
      }
    }
  }
  const leftAlone = /* @__PURE__ */ new Map();
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of sources) {
      if (leftAlone.has(s.key)) continue;
      const overlaps = (blockedSel.get(s.namespace) ?? []).filter(
        (b3) => selectorSubsumes(b3.pods, s.pods) || selectorSubsumes(s.pods, b3.pods)
      );
      const matched = (workloadsByNs.get(s.namespace) ?? []).filter(
        (w2) => selectorMatches2(s.pods, w2.labels)
      );
      const isolated = matched.flatMap((w2) => {
        const by2 = isolatedWl.get(w2.id);
        return by2 ? [{ workload: w2.id, by: by2 }] : [];
      });
      const heldBack = matched.flatMap((w2) => {
        const held = heldWl.get(w2.id);
        return held && !isolatedWl.has(w2.id) ? [{ workload: w2.id, by: held.pods }] : [];
      });
      let by = [];
      for (const b3 of overlaps) by = mergeIds(by, b3.by);
      for (const w2 of matched)
        by = mergeIds(by, [...isolatedWl.get(w2.id) ?? [], ...heldWl.get(w2.id)?.by ?? []]);
      if (by.length === 0) continue;
      leftAlone.set(s.key, {
        by,
        isolated,
        heldBack,
        overlaps: overlaps.map((b3) => ({ pods: b3.pods, by: b3.source ? [] : b3.by })),
        unisolated: matched.filter((w2) => !isolatedWl.has(w2.id)).map((w2) => w2.id)
      });
      blockedSel.set(s.namespace, [
        ...blockedSel.get(s.namespace) ?? [],
        { pods: s.pods, by, source: true }
      ]);
      for (const w2 of matched) {
        const held = heldWl.get(w2.id);
        heldWl.set(w2.id, { by: mergeIds(held?.by ?? [], by), pods: held?.pods ?? s.pods });
      }
      markNs(s.namespace, by);
      changed = true;
    }
  }
  const partialOverlaps = [];
  for (const s of sources) {
    if (leftAlone.has(s.key)) continue;
    for (const b3 of blockedSel.get(s.namespace) ?? []) {
      if (b3.source || !selectorsCanOverlap(b3.pods, s.pods)) continue;
      for (const id of b3.by) partialOverlaps.push({ source: s, pods: b3.pods, by: id });
    }
  }
  return { leftAlone, blockedNamespaces: blockedNs, partialOverlaps };
}

// src/generate/left-alone.ts
function list(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function describeLeftAlone(note) {
  const sel = formatSelector(note.pods);
  const reasons = [];
  if (note.isolated.length > 0) {
    const many = note.isolated.length > 1;
    const by = [...new Set(note.isolated.flatMap((x3) => x3.by))].sort();
    reasons.push(
      `${list(note.isolated.map((x3) => x3.workload))} ${many ? "are" : "is"} already isolated for egress by ${list(by)}, and a policy for ${sel} would select ${many ? "them" : "it"} too, adding to the egress ${list(by)} ${by.length > 1 ? "allow" : "allows"}`
    );
  }
  if (note.heldBack.length > 0) {
    const many = note.heldBack.length > 1;
    const sources = [...new Set(note.heldBack.map((x3) => formatSelector(x3.by)))];
    reasons.push(
      `${list(note.heldBack.map((x3) => x3.workload))} ${many ? "are" : "is"} also selected by the source ${list(sources)}, which is left alone, and a policy for ${sel} would isolate ${many ? "them" : "it"} without that source's egress`
    );
  }
  if (note.isolated.length === 0 && note.heldBack.length === 0) {
    for (const o2 of note.overlaps) {
      reasons.push(
        o2.by.length > 0 ? `its selector and ${formatSelector(o2.pods)} (isolated for egress by ${list(o2.by)}) contain one another, so pods the repository does not show may already be isolated for egress` : `its selector and the left-alone source ${formatSelector(o2.pods)} contain one another`
      );
    }
  }
  const others = note.unisolated.filter((w2) => !note.isolated.some((x3) => x3.workload === w2));
  const outcome = others.length > 0 ? `So ${note.isolated.length > 0 ? "the other pods" : "its pods"}, ${list(others)}, stay unisolated for egress (they keep all their egress); write their egress policy by hand to isolate them.` : note.isolated.length > 0 && note.heldBack.length === 0 ? `The intent of ${list(note.isolatedBy)} is kept.` : "Its pods stay unisolated for egress.";
  return `${reasons.join("; ")}. ${outcome}`;
}

// src/generate/merge.ts
function peerKey(p2) {
  return `${p2.namespace === null ? "0" : `1${p2.namespace}`}\0${selectorKey(p2.pods)}`;
}
function portKey(p2) {
  const proto = ["TCP", "UDP", "SCTP"].indexOf(p2.protocol);
  switch (p2.kind) {
    case "protocol":
      return `${proto}0`;
    case "number":
      return `${proto}1${String(p2.port).padStart(5, "0")}-${String(p2.endPort ?? p2.port).padStart(5, "0")}`;
    case "named":
      return `${proto}2${p2.name}`;
  }
}
function unionPorts(a, b3) {
  if (a === "all" || b3 === "all") return "all";
  const byKey2 = /* @__PURE__ */ new Map();
  for (const p2 of [...a, ...b3]) byKey2.set(portKey(p2), p2);
  return [...byKey2.keys()].sort(compareText).map((k2) => byKey2.get(k2));
}
function portsKey(ports) {
  return ports === "all" ? "all" : ports.map(portKey).join(",");
}
function mergeRules(complements) {
  const byPeer = /* @__PURE__ */ new Map();
  for (const c3 of complements) {
    const k2 = peerKey(c3.to);
    const prev = byPeer.get(k2);
    byPeer.set(k2, { to: c3.to, ports: prev ? unionPorts(prev.ports, c3.ports) : c3.ports });
  }
  const byPorts = /* @__PURE__ */ new Map();
  for (const k2 of [...byPeer.keys()].sort(compareText)) {
    const d2 = byPeer.get(k2);
    const pk = portsKey(d2.ports);
    const rule2 = byPorts.get(pk) ?? { to: [], ports: d2.ports };
    rule2.to.push(d2.to);
    byPorts.set(pk, rule2);
  }
  return [...byPorts.values()];
}
function peerFrom(home, target, pods) {
  return { namespace: home === target ? null : target, pods };
}

// src/generate/hash.ts
function fnv1a32(text) {
  let h3 = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h3 ^= text.charCodeAt(i);
    h3 = Math.imul(h3, 16777619) >>> 0;
  }
  return h3.toString(16).padStart(8, "0");
}

// src/generate/names.ts
var MAX_NAME_LENGTH = 180;
var HASH_LENGTH = 8;
function slugify(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
function selectorSlug(selector2) {
  if (isEmptySelector(selector2)) return "all-pods";
  const c3 = canonicalSelector(selector2);
  const parts = Object.entries(c3.matchLabels).map(([k2, v2]) => `${k2}-${v2}`);
  for (const r2 of c3.matchExpressions) parts.push([r2.key, r2.operator, ...r2.values].join("-"));
  return slugify(parts.join("-")) || "pods";
}
function dnsName(base, hashInput, withHash) {
  const slug = slugify(base) || "policy";
  if (!withHash && slug.length <= MAX_NAME_LENGTH) return slug;
  const hash = fnv1a32(hashInput).slice(0, HASH_LENGTH);
  const head = slug.slice(0, MAX_NAME_LENGTH - HASH_LENGTH - 1).replace(/-+$/, "");
  return `${head}-${hash}`;
}
function complementName(selector2, withHash) {
  return dnsName(`reachdiff-egress-${selectorSlug(selector2)}`, selectorKey(selector2), withHash);
}
var DEFAULT_DENY_NAME = "reachdiff-default-deny-egress";
function policyFileName(namespace, name) {
  return `${namespace}.${name}.yaml`;
}

// src/generate/generate-egress.ts
function generateEgress(model, options) {
  const universe = sourceNamespaces(model);
  const collected = collectComplements(model, universe);
  const system = new Set(
    universe.map((ns2) => ns2.name).filter((n) => isSystemNamespace(n, options))
  );
  const notes = [
    ...collected.notes,
    ...[...system].filter((n) => collected.complements.some((c3) => c3.namespace === n)).map((namespace) => ({ kind: "system-namespace-skipped", namespace }))
  ];
  const diagnostics = [...collected.diagnostics];
  const bySource = /* @__PURE__ */ new Map();
  for (const c3 of collected.complements) {
    if (system.has(c3.namespace)) continue;
    const key = `${c3.namespace}\0${selectorKey(c3.pods)}`;
    const entry = bySource.get(key) ?? {
      key: { key, namespace: c3.namespace, pods: c3.pods },
      complements: []
    };
    entry.complements.push(c3);
    bySource.set(key, entry);
  }
  const verdict2 = decideIsolation(
    model,
    [...bySource.values()].map((s) => s.key)
  );
  const unisolated = options.keepUnisolated ? unisolatedTargets(model) : [];
  const drafts = [];
  for (const k2 of [...bySource.keys()].sort(compareText)) {
    const { key, complements } = bySource.get(k2);
    const alone = verdict2.leftAlone.get(k2);
    if (alone) {
      const note = {
        kind: "left-alone",
        namespace: key.namespace,
        pods: key.pods,
        isolatedBy: alone.by,
        isolated: alone.isolated,
        heldBack: alone.heldBack,
        overlaps: alone.overlaps,
        unisolated: alone.unisolated
      };
      notes.push(note);
      const origin = model.policies.find(
        (p2) => policyId(p2.namespace, p2.name) === alone.by[0]
      )?.origin;
      if (origin) {
        diagnostics.push(
          diagnostic(
            "info",
            "generate-skipped",
            `No egress policy generated for ${formatSelector(key.pods)} in ${key.namespace}: ${describeLeftAlone(note)}`,
            origin
          )
        );
      }
      continue;
    }
    const rules = [
      ...mergeRules(complements),
      ...keepRules(key.namespace, unisolated)
    ];
    drafts.push({
      namespace: key.namespace,
      purpose: "complement",
      podSelector: key.pods,
      rules,
      generatedFrom: [...new Set(complements.map((c3) => c3.from))].sort(compareText)
    });
  }
  if (options.defaultDeny)
    drafts.push(...defaultDenies(universe, options, verdict2.blockedNamespaces, unisolated, notes));
  for (const o2 of verdict2.partialOverlaps) {
    notes.push({
      kind: "partial-overlap",
      namespace: o2.source.namespace,
      pods: o2.source.pods,
      other: o2.pods,
      by: o2.by
    });
    const origin = model.policies.find((p2) => policyId(p2.namespace, p2.name) === o2.by)?.origin;
    if (origin) diagnostics.push(overlapWarning(o2, origin));
  }
  const policies = nameDrafts(model, drafts);
  return { policies, notes: withBroadNamespaces(notes, drafts, universe), diagnostics };
}
function overlapWarning(o2, origin) {
  const mine = formatSelector(o2.source.pods);
  const theirs = formatSelector(o2.pods);
  return diagnostic(
    "warning",
    "generate-overlap",
    `In ${o2.source.namespace}, pods matching both ${mine} (the source of a generated egress policy) and ${theirs} (isolated for egress by ${o2.by}) would have their egress changed: the generated policy adds to the egress ${o2.by} allows them. The repository shows no such pod, so reachdiff could not leave them alone; if they exist, add their workloads to the analyzed paths, or narrow one of the selectors so they cannot meet.`,
    origin
  );
}
function withBroadNamespaces(notes, drafts, universe) {
  return notes.map((n) => {
    if (n.kind !== "broad") return n;
    const from = `${n.policy} ingress[${n.rule}]`;
    const got = new Set(
      drafts.filter((d2) => d2.generatedFrom.includes(from)).map((d2) => d2.namespace)
    );
    const names2 = universe.map((ns2) => ns2.name).sort(compareText);
    return {
      ...n,
      namespaces: names2.filter((x3) => got.has(x3)),
      without: names2.filter((x3) => !got.has(x3))
    };
  });
}
function defaultDenies(universe, options, blocked, unisolated, notes) {
  const out = [];
  const dnsPods = { matchLabels: options.dns.podLabels, matchExpressions: [] };
  for (const ns2 of universe) {
    if (isSystemNamespace(ns2.name, options)) {
      notes.push({
        kind: "default-deny-skipped",
        namespace: ns2.name,
        reason: "it runs the cluster's DNS and system pods"
      });
      continue;
    }
    const by = blocked.get(ns2.name);
    if (by) {
      notes.push({
        kind: "default-deny-skipped",
        namespace: ns2.name,
        reason: `existing egress policies (${by.join(", ")}) already decide egress for some of its pods`
      });
      continue;
    }
    out.push({
      namespace: ns2.name,
      purpose: "default-deny",
      podSelector: ALL_PODS,
      rules: [
        {
          to: [peerFrom(ns2.name, options.dns.namespace, dnsPods)],
          ports: options.dns.ports.map(
            (p2) => ({
              kind: "number",
              protocol: p2.protocol,
              port: p2.port,
              endPort: null
            })
          )
        },
        // --keep-unisolated holds for pods that only the default deny isolates, too.
        ...keepRules(ns2.name, unisolated)
      ],
      generatedFrom: []
    });
  }
  return out;
}
function keepRules(home, unisolated) {
  const keep = unisolated.map((t2) => peerFrom(home, t2.namespace, t2.pods)).sort((a, b3) => compareText(peerKey(a), peerKey(b3)));
  return keep.length > 0 ? [{ to: keep, ports: "all" }] : [];
}
function unisolatedTargets(model) {
  const nsByName = new Map(model.namespaces.map((n) => [n.name, n]));
  const isolating = model.policies.filter((p2) => p2.ingress?.isolates);
  const seen = /* @__PURE__ */ new Map();
  for (const w2 of model.workloads) {
    const ns2 = nsByName.get(w2.namespace);
    if (!ns2 || isolating.some((p2) => podSetMatches(p2.subject, ns2, w2.labels))) continue;
    const pods = { matchLabels: w2.labels, matchExpressions: [] };
    seen.set(`${w2.namespace}\0${selectorKey(pods)}`, { namespace: w2.namespace, pods });
  }
  return [...seen.keys()].sort(compareText).map((k2) => seen.get(k2));
}
function nameDrafts(model, drafts) {
  const used = new Set(model.policies.map((p2) => `${p2.namespace ?? ""}/${p2.name}`));
  const plain = (d2) => d2.purpose === "default-deny" ? DEFAULT_DENY_NAME : complementName(d2.podSelector, false);
  const counts = /* @__PURE__ */ new Map();
  for (const d2 of drafts) {
    const k2 = `${d2.namespace}/${plain(d2)}`;
    counts.set(k2, (counts.get(k2) ?? 0) + 1);
  }
  const clashes = drafts.map((d2) => {
    const k2 = `${d2.namespace}/${plain(d2)}`;
    return (counts.get(k2) ?? 0) > 1 || used.has(k2);
  });
  drafts.forEach((d2, i) => {
    if (!clashes[i]) used.add(`${d2.namespace}/${plain(d2)}`);
  });
  const named = drafts.map((d2, i) => {
    let name = plain(d2);
    for (let salt = 0; clashes[i]; salt++) {
      name = hashedName(d2, salt);
      if (!used.has(`${d2.namespace}/${name}`)) break;
    }
    if (clashes[i]) used.add(`${d2.namespace}/${name}`);
    return { ...d2, name, fileName: policyFileName(d2.namespace, name) };
  });
  return named.sort((a, b3) => compareText(a.namespace, b3.namespace) || compareText(a.name, b3.name));
}
function hashedName(d2, salt) {
  const input = d2.purpose === "default-deny" ? `${d2.namespace}/default-deny` : selectorKey(d2.podSelector);
  const salted = salt === 0 ? input : `${input}\0${salt}`;
  return d2.purpose === "default-deny" ? dnsName(DEFAULT_DENY_NAME, salted, true) : dnsName(`reachdiff-egress-${selectorSlug(d2.podSelector)}`, salted, true);
}
function isSystemNamespace(name, options) {
  return name === "kube-system" || name === options.dns.namespace;
}

// src/generate/previous.ts
function field(value, key) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value[key] : void 0;
}
function isGeneratedResource(resource) {
  const labels = field(field(resource.object, "metadata"), "labels");
  return field(labels, MANAGED_BY_LABEL) === MANAGED_BY_VALUE;
}
function withoutGenerated(parsed) {
  return { ...parsed, resources: parsed.resources.filter((r2) => !isGeneratedResource(r2)) };
}

// src/generate/proof.ts
function dnsConns(dns) {
  let out = EMPTY_CONNS;
  for (const p2 of dns.ports) out = union(out, connsOf(p2.protocol, [[p2.port, p2.port]]));
  return out;
}
function classifier(model, dns, standIn) {
  const workloads = new Map(model.workloads.map((w2) => [w2.id, w2]));
  const namespaces = new Map(model.namespaces.map((n) => [n.name, n]));
  const ingress = model.policies.filter((p2) => p2.ingress?.isolates);
  const dnsPods = { matchLabels: dns.podLabels, matchExpressions: [] };
  return {
    workload: (id) => parseWorkloadId(id) ? workloads.get(id) ?? null : null,
    standIn: (w2) => w2.id === standIn,
    isolated: (w2) => {
      const ns2 = namespaces.get(w2.namespace);
      return ns2 !== void 0 && ingress.some((p2) => podSetMatches(p2.subject, ns2, w2.labels));
    },
    isDns: (w2) => w2.namespace === dns.namespace && selectorMatches2(dnsPods, w2.labels)
  };
}
function proveEgress(diff2, dns, context = {}) {
  const standIn = context.dnsStandIn ?? null;
  const c3 = classifier(diff2.base.model, dns, standIn);
  const dnsSet = dnsConns(dns);
  const counterExamples = diff2.opened.map((g2) => ({
    kind: "opened",
    srcs: g2.srcs,
    dsts: g2.dsts,
    conns: g2.conns
  }));
  const price = [];
  for (const g2 of diff2.closed) classifyClosed(g2, c3, dnsSet, counterExamples, price);
  const diagnostics = counterExamples.map(
    (x3) => diagnostic("error", "proof-failed", counterExampleMessage(x3), originOf(diff2, x3))
  );
  return {
    holds: counterExamples.length === 0,
    counterExamples,
    price,
    dnsStandIn: standIn,
    dns,
    ignored: context.ignored ?? [],
    diagnostics
  };
}
function classifyClosed(g2, c3, dnsSet, counterExamples, price) {
  const srcsAreWorkloads = g2.srcs.every((s) => c3.workload(s) !== null);
  if (g2.cause !== "policy" || !srcsAreWorkloads) {
    counterExamples.push({ kind: "unexpected", srcs: g2.srcs, dsts: g2.dsts, conns: g2.conns });
    return;
  }
  const buckets = {
    external: [],
    unisolated: [],
    isolated: [],
    dns: []
  };
  for (const d2 of g2.dsts) {
    const w2 = c3.workload(d2);
    if (w2 === null) buckets.external.push(d2);
    else if (c3.isolated(w2)) buckets.isolated.push(d2);
    else if (c3.isDns(w2)) buckets.dns.push(d2);
    else buckets.unisolated.push(d2);
  }
  const push = (kind, dsts, conns) => {
    if (dsts.length > 0 && !isEmpty(conns)) price.push({ kind, srcs: g2.srcs, dsts, conns });
  };
  if (buckets.isolated.length > 0) {
    counterExamples.push({
      kind: "closed-into-isolated",
      srcs: g2.srcs,
      dsts: buckets.isolated,
      conns: g2.conns
    });
  }
  push("external", buckets.external, g2.conns);
  push("unisolated", buckets.unisolated, g2.conns);
  push("dns", buckets.dns, intersect(g2.conns, dnsSet));
  push(
    "unisolated",
    buckets.dns.filter((d2) => !c3.standIn(c3.workload(d2))),
    subtract(g2.conns, dnsSet)
  );
}
function counterExampleMessage(x3) {
  const what = x3.kind === "opened" ? "would OPEN" : x3.kind === "closed-into-isolated" ? "would close, into an ingress-isolated destination," : "would unexpectedly close";
  return `reachdiff bug: the generated egress policies ${what} ${x3.srcs.join(", ")} \u2192 ${x3.dsts.join(", ")} (${formatConns(x3.conns)}). Nothing was written; please report this with your manifests.`;
}
var NOWHERE = { file: "", line: 1, column: 1 };
function originOf(diff2, x3) {
  const w2 = x3.srcs.map((s) => diff2.head.model.workloads.find((v2) => v2.id === s)).find((v2) => v2);
  return w2?.origin ?? NOWHERE;
}

// src/generate/plan.ts
function planEgress(sources, options) {
  const parsed = withoutGenerated(parseFiles(sources));
  const base = buildModel(parsed, options.model);
  const generated = generateEgress(base, options);
  const files = renderEgressFiles(generated.policies);
  const prefix = options.outDir ? `${options.outDir.replace(/\/+$/, "")}/` : "";
  const own = parseFiles(files.map((f3) => ({ path: prefix + f3.path, text: f3.text })));
  const head = buildModel(
    {
      resources: [...parsed.resources, ...own.resources],
      diagnostics: [...parsed.diagnostics, ...own.diagnostics],
      incomplete: parsed.incomplete || own.incomplete
    },
    options.model
  );
  const standIn = dnsStandIn(base, options.dns);
  const diff2 = diffModels(withStandIn(base, standIn), withStandIn(head, standIn));
  const proof = proveEgress(diff2, options.dns, {
    dnsStandIn: standIn?.id ?? null,
    ignored: ignoredObjects(parsed.resources)
  });
  const invalid = introducedProblems(base.diagnostics, head.diagnostics).map(
    (d2) => diagnostic(
      "error",
      "proof-failed",
      `reachdiff bug: generated YAML ${d2.severity === "error" ? "rejected" : "warned about"}: ${d2.message} [${d2.code}]`,
      d2
    )
  );
  const proofAll = invalid.length === 0 ? proof : { ...proof, holds: false, diagnostics: [...proof.diagnostics, ...invalid] };
  return {
    generated,
    files,
    base,
    head,
    diff: diff2,
    proof: proofAll,
    diagnostics: [...base.diagnostics, ...generated.diagnostics, ...proofAll.diagnostics]
  };
}
function ignoredObjects(resources) {
  return resources.filter((r2) => classifyResource(r2).kind === "unsupported").map((r2) => ({ kind: r2.kind, namespace: r2.namespace, name: r2.name, file: r2.file }));
}
function introducedProblems(base, head) {
  const key = (d2) => `${d2.severity}\0${d2.code}\0${d2.message}`;
  const left = /* @__PURE__ */ new Map();
  for (const d2 of base) left.set(key(d2), (left.get(key(d2)) ?? 0) + 1);
  const out = [];
  for (const d2 of head) {
    if (d2.severity === "info") continue;
    const n = left.get(key(d2)) ?? 0;
    if (n > 0) left.set(key(d2), n - 1);
    else out.push(d2);
  }
  return out;
}

// src/render/egress-report.ts
var MAX_ITEMS = 20;
var MAX_ENDPOINTS = 4;
var INTERNET_EGRESS = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: internet-egress
  namespace: NAMESPACE
spec:
  podSelector:
    matchLabels:
      networking/allow-internet-egress: "true"
  policyTypes:
    - Egress
  egress:
    - {}`;
var PRICE_TITLE = {
  external: "Egress to the internet and other addresses outside the cluster",
  unisolated: "Egress to workloads that no ingress policy isolates",
  dns: "DNS"
};
var MAX_IGNORED = 5;
function endpoints(ids, proof) {
  const name = (id) => id === proof.dnsStandIn ? `the cluster DNS (assumed, ${id})` : id;
  const shown = ids.slice(0, MAX_ENDPOINTS).map(name).join(", ");
  return ids.length > MAX_ENDPOINTS ? `${shown} and ${ids.length - MAX_ENDPOINTS} more` : shown;
}
function formatDnsTarget(dns) {
  const pods = formatSelector({ matchLabels: dns.podLabels, matchExpressions: [] });
  const ports = dns.ports.map((p2) => `${p2.protocol} ${p2.port}`).join(", ");
  return `pods ${pods} in namespace ${dns.namespace} on ${ports}`;
}
function ignoredList(ignored) {
  const one = (o2) => `${o2.namespace === null ? "" : `${o2.namespace}/`}${o2.name || "(no name)"} (${o2.kind}, ${o2.file})`;
  const shown = ignored.slice(0, MAX_IGNORED).map(one).join("; ");
  return ignored.length > MAX_IGNORED ? `${shown}; and ${ignored.length - MAX_IGNORED} more` : shown;
}
function proofLine(proof) {
  if (!proof.holds) {
    return `Proof: FAILED with ${proof.counterExamples.length} counter-example(s). This is a bug in reachdiff; nothing was written.`;
  }
  const n = proof.ignored.length;
  if (n === 0)
    return "Proof: holds. No flow that ingress policies allow between pods closes, and nothing opens.";
  return `Proof: holds for the NetworkPolicies reachdiff evaluates: no flow they allow between pods closes, and nothing opens. ${n} object${n === 1 ? "" : "s"} of kinds it does not evaluate ${n === 1 ? "was" : "were"} ignored (${ignoredList(proof.ignored)}): what ${n === 1 ? "it allows or denies" : "they allow or deny"} is not part of the proof.`;
}
function namespaceOf2(id) {
  return parseWorkloadId(id)?.namespace ?? null;
}
function dnsKeep(input, items) {
  const { proof } = input;
  const target = formatDnsTarget(proof.dns);
  const text = [];
  if (proof.dnsStandIn !== null) {
    text.push(
      `The repository declares no DNS pod (${target}; change it with --dns-namespace, --dns-label, --dns-port), so reachdiff assumes the cluster runs one there, as most do: the sources above lose DNS toward it.`
    );
  }
  if (!input.defaultDeny) {
    text.push(
      "To keep it, run with --default-deny: each namespace then gets a default deny that still allows DNS."
    );
    return { text };
  }
  const skipped = /* @__PURE__ */ new Map();
  for (const n of input.generated.notes)
    if (n.kind === "default-deny-skipped") skipped.set(n.namespace, n.reason);
  const byNs = /* @__PURE__ */ new Map();
  for (const src of items.flatMap((p2) => p2.srcs)) {
    const ns2 = namespaceOf2(src) ?? "";
    const list2 = byNs.get(ns2) ?? [];
    if (!list2.includes(src)) list2.push(src);
    byNs.set(ns2, list2);
  }
  for (const [ns2, srcs] of [...byNs].sort(([a], [b3]) => compareText(a, b3))) {
    const reason = skipped.get(ns2);
    const why = reason === void 0 ? `nothing generated allows DNS for ${srcs.join(", ")}` : `the default deny of ${ns2} was not generated because ${reason}, so nothing generated allows DNS for ${srcs.join(", ")}`;
    text.push(
      `${why[0].toUpperCase()}${why.slice(1)}. To keep it, give these pods an egress policy of your own that allows egress to ${target}.`
    );
  }
  return { text };
}
function howToKeep(kind, input, items) {
  switch (kind) {
    case "external":
      return {
        text: [
          'To keep it for pods that need the internet, label them networking/allow-internet-egress: "true" and add, per namespace, this policy (seed 004):'
        ],
        code: INTERNET_EGRESS
      };
    case "unisolated":
      return {
        text: [
          input.keepUnisolated ? "--keep-unisolated keeps egress toward every workload of the repository that no ingress policy isolates, yet these flows close: this is not expected, please report it with your manifests. To keep them meanwhile, give those destinations ingress policies." : "To keep it, run with --keep-unisolated (egress toward destinations without ingress policies, selected by their namespace and labels), or give those destinations ingress policies."
        ]
      };
    case "dns":
      return dnsKeep(input, items);
    default:
      return assertNever(kind, "price kind");
  }
}
function renderEgressReport(input, format) {
  const md = format === "markdown";
  const h3 = (t2) => md ? `### ${t2}` : `${t2}:`;
  const li = (t2) => md ? `- ${t2}` : `  ${t2}`;
  const code2 = (t2) => md ? `\`\`\`yaml
${t2}
\`\`\`` : t2.replace(/^/gm, "      ");
  const { generated, proof, sync } = input;
  const lines = [];
  const n = generated.policies.length;
  lines.push(
    `${md ? "## " : ""}generate-egress: ${n} polic${n === 1 ? "y" : "ies"} for ${input.out}`
  );
  if (sync) {
    const verb = sync.check ? "would be " : "";
    lines.push(
      `${sync.written.length} ${verb}written, ${sync.removed.length} ${verb}removed, ${sync.unchanged.length} unchanged.`
    );
  }
  if (input.commit) {
    lines.push(
      input.commit.id === null ? `Nothing committed: ${input.out} was up to date.` : `Committed ${input.commit.id}.`
    );
  }
  lines.push(proofLine(proof));
  for (const d2 of proof.diagnostics) lines.push(li(d2.message));
  if (n > 0) {
    lines.push("", h3("Policies"));
    for (const p2 of generated.policies) {
      const from = p2.purpose === "default-deny" ? "default deny, DNS allowed" : p2.generatedFrom.join("; ");
      lines.push(li(`${p2.namespace}/${p2.name} (${from})`));
    }
  }
  const notes = noteLines(generated.notes.filter((n2) => n2.kind !== "partial-overlap"));
  if (notes.length > 0) lines.push("", h3("Not generated"), ...notes.map(li));
  const checks = noteLines(generated.notes.filter((n2) => n2.kind === "partial-overlap"));
  if (checks.length > 0) lines.push("", h3("Check"), ...checks.map(li));
  if (proof.price.length > 0) {
    lines.push("", h3("The price of egress isolation (flows that close)"));
    for (const kind of ["external", "unisolated", "dns"]) {
      const items = proof.price.filter((p2) => p2.kind === kind);
      if (items.length === 0) continue;
      lines.push(md ? `
**${PRICE_TITLE[kind]}**
` : `  ${PRICE_TITLE[kind]}:`);
      lines.push(...priceLines(items, proof).map((t2) => md ? `- ${t2}` : `    ${t2}`));
      const keep = howToKeep(kind, input, items);
      for (const t2 of keep.text) lines.push(md ? `
${t2}` : `    ${t2}`);
      if (keep.code !== void 0) lines.push("", code2(keep.code));
    }
  }
  return `${lines.join("\n")}
`;
}
function priceLines(items, proof) {
  const out = items.slice(0, MAX_ITEMS).map(
    (p2) => `${endpoints(p2.srcs, proof)} \u2192 ${endpoints(p2.dsts, proof)}: ${formatConns(p2.conns)}`
  );
  if (items.length > MAX_ITEMS)
    out.push(`\u2026 and ${items.length - MAX_ITEMS} more groups (see --format json)`);
  return out;
}
function names(items) {
  return items.length === 0 ? "none" : items.join(", ");
}
function noteLines(notes) {
  return notes.map((note) => {
    switch (note.kind) {
      case "left-alone":
        return `${note.namespace}, pods ${formatSelector(note.pods)}: left alone. ${describeLeftAlone(note)}`;
      case "ipblock-skipped":
        return `${note.policy} ingress[${note.rule}] ipBlock ${note.cidr}: no egress needed, the sources are outside the cluster.`;
      case "broad":
        return `${note.policy} ingress[${note.rule}] has no 'from' (broad): every source may reach it, so all pods of ${names(note.namespaces)} got egress toward it${note.without.length > 0 ? `; ${note.without.join(", ")} did not (see ${note.without.length === 1 ? "its note" : "their notes"})` : ""}.`;
      case "namespaces-unmatched":
        return `${note.policy} ingress[${note.rule}], peer ${formatSelector(note.pods)} in namespaces ${formatSelector(note.namespaces)}: not complemented, its namespaceSelector matches no namespace the repository declares. If those sources exist, add their Namespace manifests, with their labels, to the analyzed paths.`;
      case "default-deny-skipped":
        return `${note.namespace}: no default deny, ${note.reason}.`;
      case "system-namespace-skipped":
        return `${note.namespace}: no egress policies, it runs the cluster's DNS and system pods (isolating them breaks the cluster); its pods keep all egress.`;
      case "partial-overlap":
        return `${note.namespace}: pods matching both ${formatSelector(note.pods)} (a generated policy's source) and ${formatSelector(note.other)} (isolated for egress by ${note.by}) would have their egress changed; the repository shows no such pod. If they exist, add their workloads to the analyzed paths, or narrow a selector so they cannot meet.`;
      default:
        return assertNever(note, "note");
    }
  });
}

// src/app/generate-egress.ts
async function runGenerateEgress(req) {
  const dns = req.dns ?? DEFAULT_DNS;
  const format = req.format ?? "text";
  const read = await readSources(req.paths.length > 0 ? req.paths : ["."], { cwd: req.cwd });
  const outAbs = path3.resolve(req.cwd, req.out);
  const outRel = path3.relative(req.cwd, outAbs).split(path3.sep).join("/") || ".";
  const fail = (error, diagnostics2, plan2) => ({
    exitCode: 2,
    report: plan2 ? report(plan2, null, req, outRel, format) : "",
    diagnostics: [...diagnostics2].sort(compareDiagnostics),
    error,
    plan: plan2,
    sync: null,
    commit: null
  });
  if (hasErrors(read.diagnostics)) return fail(null, read.diagnostics, null);
  if (req.commit && !req.check) {
    const refusal = await commitRefusal(req.cwd, outAbs, outRel);
    if (refusal !== null) return fail(refusal, read.diagnostics, null);
  }
  const plan = planEgress(read.files, { ...req, dns, outDir: outRel });
  const diagnostics = [...read.diagnostics, ...plan.diagnostics].sort(compareDiagnostics);
  if (hasErrors(plan.base.diagnostics) || plan.base.incomplete) {
    return fail(
      "the manifests have errors, so the generated egress could miss flows; fix them (see `reachdiff lint`) and run again.",
      diagnostics,
      null
    );
  }
  if (!plan.proof.holds) return fail(null, diagnostics, plan);
  let sync;
  try {
    sync = await syncEgressDir(outAbs, plan.files, { check: req.check, cwd: req.cwd });
  } catch (error) {
    if (error instanceof EgressDirError) return fail(error.message, diagnostics, plan);
    throw error;
  }
  let commit = null;
  if (req.commit && !req.check && sync.stale) {
    try {
      commit = await commitEgress(req.cwd, outAbs, outRel, sync);
    } catch (error) {
      return fail(`could not commit ${outRel}: ${error.message}`, diagnostics, plan);
    }
  }
  return {
    exitCode: req.check && sync.stale ? 1 : 0,
    report: report(plan, sync, req, outRel, format, commit),
    diagnostics,
    error: null,
    plan,
    sync,
    commit
  };
}
function report(plan, sync, req, out, format, commit = null) {
  if (format === "json") {
    const doc = {
      schemaVersion: 1,
      out,
      /** The commit `--commit` made; null without `--commit` or when DIR was up to date. */
      commit,
      proof: {
        holds: plan.proof.holds,
        counterExamples: plan.proof.counterExamples.map((x3) => ({
          ...x3,
          conns: connsToJson(x3.conns)
        }))
      },
      policies: plan.generated.policies.map((p2) => ({
        namespace: p2.namespace,
        name: p2.name,
        file: `${out}/${p2.fileName}`,
        purpose: p2.purpose,
        generatedFrom: p2.generatedFrom
      })),
      notes: plan.generated.notes,
      price: plan.proof.price.map((p2) => ({ ...p2, conns: connsToJson(p2.conns) })),
      sync: sync && {
        written: sync.written,
        removed: sync.removed,
        unchanged: sync.unchanged,
        stale: sync.stale
      }
    };
    return `${JSON.stringify(doc, null, 2)}
`;
  }
  return renderEgressReport(
    {
      generated: plan.generated,
      proof: plan.proof,
      out,
      defaultDeny: req.defaultDeny,
      keepUnisolated: req.keepUnisolated,
      sync: sync && { ...sync, check: req.check },
      commit: req.commit && sync !== null ? { id: commit } : null
    },
    format
  );
}
function egressCommitMessage(out, sync) {
  const lines = [
    `reachdiff: update generated egress policies in ${out}`,
    "",
    "Complementary egress policies for the repository's ingress policies",
    "(StackRox recipe), proven by reachdiff to keep every flow the ingress",
    "policies allow between pods."
  ];
  if (sync.written.length > 0)
    lines.push("", "Written:", ...sync.written.map((f3) => `- ${out}/${f3}`));
  if (sync.removed.length > 0)
    lines.push("", "Removed:", ...sync.removed.map((f3) => `- ${out}/${f3}`));
  return `${lines.join("\n")}
`;
}
async function commitRefusal(cwd, outAbs, out) {
  const git = wo({ baseDir: cwd });
  let top;
  try {
    top = (await git.revparse(["--show-toplevel"])).trim();
  } catch {
    return `--commit needs a git repository, and ${cwd} is not inside one; run it in your repository's working tree, or leave out --commit. Nothing was written.`;
  }
  const realTop = await realpath3(top);
  const target = await nearestReal(outAbs);
  const rel = path3.relative(realTop, target);
  if (rel.startsWith("..") || path3.isAbsolute(rel)) {
    return `--commit commits only inside the repository, and ${out} is outside ${top}; choose an --out inside it, or leave out --commit. Nothing was written.`;
  }
  try {
    await git.raw(["var", "GIT_COMMITTER_IDENT"]);
  } catch {
    return `--commit needs a committer identity: set it with git config user.name and git config user.email. Nothing was written.`;
  }
  return null;
}
async function nearestReal(abs) {
  const rest = [];
  let cur = abs;
  for (; ; ) {
    try {
      return path3.join(await realpath3(cur), ...rest);
    } catch {
      const up = path3.dirname(cur);
      if (up === cur) return abs;
      rest.unshift(path3.basename(cur));
      cur = up;
    }
  }
}
async function commitEgress(cwd, outAbs, out, sync) {
  const git = wo({ baseDir: cwd });
  const abs = (f3) => path3.join(outAbs, ...f3.split("/"));
  const tracked = new Set(
    (await git.raw(["ls-files", "-z", "--full-name", "--", outAbs])).split("\0").filter((f3) => f3 !== "")
  );
  const top = (await git.revparse(["--show-toplevel"])).trim();
  const removed = sync.removed.map(abs).filter((f3) => tracked.has(path3.relative(top, f3).split(path3.sep).join("/")));
  const files = [...sync.written.map(abs), ...removed];
  if (files.length === 0) return null;
  await git.raw(["add", "-A", "--", ...files]);
  await git.raw(["commit", "-q", "-m", egressCommitMessage(out, sync), "--", ...files]);
  return (await git.revparse(["HEAD"])).trim();
}

// src/cli/commands/generate-egress.ts
var OPTIONS = {
  out: { type: "string" },
  "default-deny": { type: "boolean" },
  "keep-unisolated": { type: "boolean" },
  check: { type: "boolean" },
  commit: { type: "boolean" },
  "dns-namespace": { type: "string" },
  "dns-label": { type: "string" },
  "dns-port": { type: "string" }
};
async function generateEgressCommand(argv, io2) {
  const args = parseCommandArgs(argv, OPTIONS);
  const format = formatOption(args, ["text", "json", "markdown"], "text");
  const out = stringOption(args, "out");
  if (out === void 0) throw new UsageError("--out DIR is required");
  if (flag(args, "check") && flag(args, "commit")) {
    throw new UsageError("--check writes nothing, so it cannot be combined with --commit");
  }
  const config = await loadConfig(args, io2);
  const outcome = await runGenerateEgress({
    paths: args.positionals,
    cwd: io2.cwd,
    out,
    defaultDeny: flag(args, "default-deny"),
    keepUnisolated: flag(args, "keep-unisolated"),
    check: flag(args, "check"),
    commit: flag(args, "commit"),
    dns: dnsTarget(args, config.egress),
    model: analysisOptions(args, config),
    format
  });
  printDiagnostics(io2, outcome.diagnostics, flag(args, "quiet"));
  if (outcome.report !== "") io2.out(withNewline(outcome.report));
  if (outcome.error !== null) io2.err(`reachdiff generate-egress: ${outcome.error}
`);
  return outcome.exitCode;
}
function dnsTarget(args, config = {}) {
  const namespace = namespaceOption(args, "dns-namespace") ?? config.dnsNamespace ?? DEFAULT_DNS.namespace;
  let podLabels = config.dnsLabels ?? DEFAULT_DNS.podLabels;
  const label = stringOption(args, "dns-label");
  if (label !== void 0) {
    const m2 = /^([^=\s]+)=([^=\s]*)$/.exec(label);
    if (!m2) throw new UsageError(`--dns-label takes KEY=VALUE (got "${label}")`);
    podLabels = { [m2[1]]: m2[2] };
  }
  let port2 = config.dnsPort;
  const portText = stringOption(args, "dns-port");
  if (portText !== void 0) {
    port2 = Number(portText);
    if (!Number.isInteger(port2) || port2 < 1 || port2 > 65535) {
      throw new UsageError(`--dns-port takes a port number 1-65535 (got "${portText}")`);
    }
  }
  const ports = port2 === void 0 ? DEFAULT_DNS.ports : [
    { protocol: "UDP", port: port2 },
    { protocol: "TCP", port: port2 }
  ];
  return { namespace, podLabels, ports };
}

// src/cli/commands/lint.ts
async function lintCommand(argv, io2) {
  const args = parseCommandArgs(argv, {});
  const format = formatOption(args, ["text", "json"], "text");
  const config = await loadConfig(args, io2);
  const { model } = await loadTree(args.positionals, io2, analysisOptions(args, config));
  const shown = flag(args, "quiet") ? model.diagnostics.filter((d2) => d2.severity === "error") : model.diagnostics;
  if (format === "json") {
    const doc = { schemaVersion: 1, incomplete: model.incomplete, diagnostics: shown };
    io2.out(`${JSON.stringify(doc, null, 2)}
`);
  } else {
    for (const d2 of shown) io2.out(`${formatDiagnostic(d2)}
`);
    io2.out(`${summarize(model.diagnostics)}
`);
  }
  return model.diagnostics.some((d2) => d2.severity === "error") ? 1 : 0;
}
function summarize(diagnostics) {
  const count = (s) => diagnostics.filter((d2) => d2.severity === s).length;
  const errors = count("error");
  const warnings = count("warning");
  if (errors === 0 && warnings === 0) return "lint: no problems found";
  return `lint: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
}

// src/cli/help.ts
var COMMON = `Common options:
  --format FORMAT   output format (see each command)
  --config FILE     options file (default .reachdiff.yaml when present)
  --namespace NS    namespace for manifests that name none (default "default")
  --no-color        plain text even on a terminal
  --quiet           print only errors on stderr
  -h, --help        this help

Exit codes: 0 done; 1 a gate failed (--exit-code with changes, lint errors,
generate-egress --check with stale output); 2 could not do the job (bad usage,
unreadable path or revision, input that makes the result untrustworthy).`;
var MAIN_HELP = `reachdiff \u2014 what a Kubernetes NetworkPolicy change opens and closes

Usage:
  reachdiff analyze [PATH...]                   reachability of the manifests under PATH (default .)
  reachdiff diff --base REV [--head REV] [PATH...]
                                                what changed between two git revisions
  reachdiff diff --merge-commit [PATH...]       a PR merge commit against its first parent
  reachdiff diff --base-dir DIR --head-dir DIR  the same between two directories (no git)
  reachdiff explain SRC DST [PORT[/PROTO]] [PATH...]
                                                why a flow is allowed or denied, rule by rule
  reachdiff lint [PATH...]                      validation errors and semantic warnings only
  reachdiff generate-egress [PATH...] --out DIR [--default-deny] [--check]
                                                complementary egress policies (StackRox recipe)

Run "reachdiff COMMAND --help" for a command's options.

${COMMON}`;
var COMMAND_HELP = {
  analyze: `Usage: reachdiff analyze [PATH...] [--format text|json|markdown|mermaid|dot]

Reads every *.yaml, *.yml and *.json under PATH (default .) and prints which
workload or external address range may connect to which, on which ports.

${COMMON}`,
  diff: `Usage: reachdiff diff --base REV [--head REV] [PATH...] [options]
       reachdiff diff --merge-commit [--head REV] [PATH...] [options]
       reachdiff diff --base-dir DIR --head-dir DIR [options]

Compares the reachability of PATH (default .) at two git revisions, read
straight from git objects (nothing is checked out). Without --head the head is
the working tree. On a pull request's merge commit (what CI checks out) use
--merge-commit, the same as --base HEAD^1 --head HEAD. A PATH that exists on
one side only (a folder added or deleted) is read as empty on the other, with a
warning; a PATH on neither side is an error (exit 2).

Options:
  --merge-commit                        diff HEAD (or --head) against its first parent
  --format text|markdown|json|mermaid   markdown is the PR comment (default text)
  --exit-code                           exit 1 when anything opened or closed
  --repo DIR                            the git repository (default .)

${COMMON}`,
  explain: `Usage: reachdiff explain SRC DST [PORT[/PROTO]] [PATH...] [--format text|json]

Shows, rule by rule, why traffic from SRC to DST is allowed or denied.
SRC and DST are endpoint ids (ns/name[Kind]) or, for one side, an IP address
or START-END range. PORT is a number, PROTO is TCP (default), UDP or SCTP.

${COMMON}`,
  lint: `Usage: reachdiff lint [PATH...] [--format text|json]

Prints what the API server would reject (errors) and what it accepts but is
probably wrong (warnings). Exits 1 when there is an error.

${COMMON}`,
  "generate-egress": `Usage: reachdiff generate-egress [PATH...] --out DIR [options]

Writes the egress policies that complement the ingress policies under PATH
(the StackRox recipe), proves with the engine that no ingress-allowed flow
breaks, and lists what egress isolation would cost.

Options:
  --out DIR           where generated policies go (required)
  --default-deny      also a default-deny egress policy per namespace, keeping DNS
  --keep-unisolated   keep egress toward destinations no ingress policy isolates
  --dns-namespace NS  namespace of the cluster DNS (default kube-system)
  --dns-label K=V     label of the cluster DNS pods (default k8s-app=kube-dns)
  --dns-port N        DNS port, UDP and TCP (default 53; 5353 on OpenShift)
  --check             write nothing; exit 1 when DIR is not up to date
  --commit            commit the change to DIR with git and print the commit id
                      (DIR must be inside the repository; checked before writing)
  --format text|json|markdown

${COMMON}`
};

// src/cli/main.ts
var COMMANDS = {
  analyze: analyzeCommand,
  diff: diffCommand,
  explain: explainCommand,
  lint: lintCommand,
  "generate-egress": generateEgressCommand
};
async function main(argv, io2) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io2.out(`${MAIN_HELP}
`);
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-V") {
    io2.out(`${VERSION}
`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io2.err(`reachdiff: unknown command "${name}". Run "reachdiff --help".
`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io2.out(`${COMMAND_HELP[name] ?? MAIN_HELP}
`);
    return 0;
  }
  try {
    return await command(rest, io2);
  } catch (e) {
    if (e instanceof UsageError) {
      io2.err(`reachdiff ${name}: ${e.message}. Run "reachdiff ${name} --help".
`);
      return 2;
    }
    if (e instanceof InputError) {
      for (const d2 of e.diagnostics) io2.err(`${formatDiagnostic(d2)}
`);
      io2.err(`reachdiff ${name}: ${e.message}
`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    io2.err(`reachdiff ${name}: ${message}
`);
    return 2;
  }
}
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/cli.ts
function writer(stream) {
  let closed = false;
  stream.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
    closed = true;
    stream.emit("drain");
  });
  return {
    write: (text) => {
      if (!closed) stream.write(text);
    },
    // Streamed output (JSON of millions of pairs) waits for the reader to keep up.
    writeAsync: async (text) => {
      if (closed) return;
      if (!stream.write(text) && !closed) await once(stream, "drain");
    }
  };
}
var stdout = writer(process.stdout);
var stderr = writer(process.stderr);
var code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  out: stdout.write,
  err: stderr.write,
  outAsync: stdout.writeAsync
});
process.exitCode = code;
