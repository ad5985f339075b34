/* Sökningen i Trygghetsrådets arkiv. Läser det delade sökindexet under sok/index/ (se
   src/Trygghetsrad.Site/Search/; manifestet står i söksidan) och hämtar bara de delar en fråga
   behöver. Analysen nedan är en kopia av Text/SwedishAnalyzer.Key (vikning, Snowball-svenska, egna
   regler); testerna kör den mot C#-analysatorn så att de håller ihop. Inga beroenden, inget innerHTML
   med innehåll. Bygget minifierar filen (Output/ScriptMinifier). */
(function (root) {
  'use strict';

  // ---------- Analys (samma som SwedishAnalyzer.Key) ----------

  function fold(text) {
    var lower = text.toLowerCase();
    if (/^[\x00-\x7f]*$/.test(lower)) return lower;
    return lower.normalize('NFD').replace(/\p{Mn}/gu, '')
      .replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ß/g, 'ss').normalize('NFC');
  }

  function tokenize(text) {
    var tokens = [];
    var re = /[\p{L}\p{Nd}](?:[\p{L}\p{Nd}]|\u00AD(?=\p{L}))*/gu;
    var m;
    while ((m = re.exec(text)) !== null) tokens.push({ start: m.index, length: m[0].length, word: m[0] });
    return tokens;
  }

  var VOWELS = 'aeiouyäåö';
  var MAIN = ['heterna', 'hetens', 'anden', 'heten', 'heter', 'arnas', 'ernas', 'ornas', 'andes', 'arens', 'andet',
    'arna', 'erna', 'orna', 'ande', 'arne', 'aste', 'aren', 'ades', 'erns', 'ade', 'are', 'ern', 'ens', 'het', 'ast',
    'ad', 'en', 'ar', 'er', 'or', 'as', 'es', 'at', 'a', 'e', 's'];
  var S_ENDING = 'bcdfghjklmnoprtvy';
  var PAIRS = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];
  var OTHER = ['fullt', 'löst', 'lig', 'els', 'ig'];

  function isVowel(c) { return VOWELS.indexOf(c) >= 0; }

  // Snowball Swedish (the classic algorithm, as Lucene.Net's SwedishStemmer).
  function snowball(w) {
    var p1 = w.length;
    for (var i = 1; i < w.length; i++) {
      if (isVowel(w[i - 1]) && !isVowel(w[i])) { p1 = Math.max(i + 1, 3); break; }
    }
    for (var a = 0; a < MAIN.length; a++) {
      var s = MAIN[a];
      if (w.length - s.length >= p1 && w.endsWith(s)) {
        if (s !== 's') w = w.slice(0, -1 * s.length);
        else if (S_ENDING.indexOf(w[w.length - 2]) >= 0) w = w.slice(0, -1);
        break;
      }
    }
    for (var b = 0; b < PAIRS.length; b++) {
      if (w.length - 2 >= p1 && w.endsWith(PAIRS[b])) { w = w.slice(0, -1); break; }
    }
    for (var c = 0; c < OTHER.length; c++) {
      var o = OTHER[c];
      if (w.length - o.length >= p1 && w.endsWith(o)) {
        w = o === 'fullt' || o === 'löst' ? w.slice(0, -1) : w.slice(0, -1 * o.length);
        break;
      }
    }
    return w;
  }

  var RULE_VOWELS = 'aeiouy';
  var OBSTRUENTS = 'bcdfgkpqstvxz';
  function ruleVowel(c) { return RULE_VOWELS.indexOf(c) >= 0; }
  function obstruent(c) { return OBSTRUENTS.indexOf(c) >= 0; }

  // Text/SwedishStemRules.Apply; see the reasons there.
  function stem(w) {
    var s = snowball(w);
    var n = s.length;
    if (n >= 5 && s[n - 1] === 'n' && ruleVowel(s[n - 2])) s = snowball(s.slice(0, -1));
    if (s.length >= 5 && s.endsWith('et')) s = s.slice(0, -2);
    n = s.length;
    if (n >= 4 && s[n - 1] === 'r' && obstruent(s[n - 2])) s = s.slice(0, -1);
    else if (n >= 5 && s.endsWith('el') && obstruent(s[n - 3])) s = s.slice(0, -2);
    else if (n >= 4 && s[n - 1] === 'l' && obstruent(s[n - 2])) s = s.slice(0, -1);
    if (s.length >= 5 && s.endsWith('urn')) s = s.slice(0, -1);
    return s;
  }

  function key(word) {
    var f = fold(word);
    if (f.length < 3 || !/^\p{L}/u.test(f)) return f;
    return stem(f);
  }

  // ---------- Indexets delar (samma regler som Search/IndexLayout) ----------

  function shardOf(term) {
    var name = '';
    for (var i = 0; i < Math.min(2, term.length); i++) name += /[a-z0-9]/.test(term[i]) ? term[i] : '_';
    return name;
  }

  function bucketOf(first, second, buckets) {
    var text = first + ' ' + second;
    var hash = 2166136261;
    for (var i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 16777619) >>> 0;
    }
    return hash % buckets;
  }

  // A parsed dictionary or phrase file: term → { df (meetings), sc (sections), postings (text) | ref (file number) }.
  function parseLines(text) {
    var map = new Map();
    if (!text) return map;
    var lines = text.split('\n');
    for (var i = 0; i < lines.length; i++) {
      if (!lines[i]) continue;
      var parts = lines[i].split('\t');
      var entry = { df: parseInt(parts[1], 36), sc: parseInt(parts[2], 36) };
      if (parts[3][0] === '@') { entry.ref = parseInt(parts[3].slice(1), 36); entry.top = parts[4] || ''; } else entry.postings = parts[3];
      map.set(parts[0], entry);
    }
    return map;
  }

  // Postings: "delta[:s.s][*w]" comma-separated (Search/PostingsBuilder).
  function decode(postings) {
    var out = [];
    if (!postings) return out;
    var last = -1;
    var entries = postings.split(',');
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      var star = e.indexOf('*');
      var weight = star >= 0 ? parseInt(e.slice(star + 1), 36) : 1;
      if (star >= 0) e = e.slice(0, star);
      var colon = e.indexOf(':');
      var sections = colon >= 0 ? e.slice(colon + 1).split('.').map(function (s) { return parseInt(s, 36); }) : [0];
      last += parseInt(colon >= 0 ? e.slice(0, colon) : e, 36);
      out.push({ m: last, s: sections, w: weight });
    }
    return out;
  }

  // ---------- Frågan ----------

  var MAX_UNITS = 8;
  var MAX_EXPANSIONS = 12;

  // Words outside quotes are units of their own; a quoted phrase is one unit. The last word, when the
  // query ends right after it, is still being typed and also matches as a prefix.
  function parseQuery(q, stopKeys) {
    var units = [];
    var seen = {};
    var re = /["“”]([^"“”]*)["“”]?|[^\s"“”]+/g;
    var m;
    while ((m = re.exec(q)) !== null && units.length < MAX_UNITS) {
      var phrase = m[1] !== undefined;
      var tokens = tokenize(phrase ? m[1] : m[0]);
      var keys = [];
      var words = [];
      for (var i = 0; i < tokens.length; i++) {
        var k = key(tokens[i].word);
        if (stopKeys.has(k)) continue;
        keys.push(k);
        words.push(fold(tokens[i].word));
      }
      if (phrase && keys.length > 1) {
        add({ phrase: true, keys: keys, words: words });
      } else {
        for (var j = 0; j < keys.length; j++) {
          var atEnd = !phrase && j === keys.length - 1 && re.lastIndex === q.length;
          add({ phrase: false, keys: [keys[j]], words: [words[j]], prefix: atEnd, fuzzy: !phrase });
        }
      }
    }
    return units;

    function add(unit) {
      var id = (unit.phrase ? '"' : '') + unit.keys.join(' ') + (unit.prefix ? '*' : '');
      if (!seen[id] && units.length < MAX_UNITS) { seen[id] = true; units.push(unit); }
    }
  }

  function editDistanceAtMostOne(a, b) {
    if (Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // The dictionary terms a word unit matches: exact (1), prefix (0.8), or, only when neither finds
  // anything and the word has five letters or more, one typo away (0.6).
  function termsOf(unit, dict) {
    var k = unit.keys[0];
    var word = unit.words[0];
    var found = [];
    if (dict.has(k)) found.push({ term: k, quality: 1 });
    if (unit.prefix && k.length >= 3) {
      var prefixed = [];
      dict.forEach(function (entry, term) {
        if (term !== k && (term.startsWith(k) || term.startsWith(word))) prefixed.push({ term: term, quality: 0.8, df: entry.df });
      });
      prefixed.sort(function (x, y) { return y.df - x.df || (x.term < y.term ? -1 : 1); });
      found = found.concat(prefixed.slice(0, MAX_EXPANSIONS));
    }
    if (found.length === 0 && unit.fuzzy && word.length >= 5) {
      dict.forEach(function (entry, term) {
        if (editDistanceAtMostOne(k, term) || editDistanceAtMostOne(word, term)) found.push({ term: term, quality: 0.6 });
      });
      found = found.slice(0, MAX_EXPANSIONS);
    }
    return found;
  }

  function pairsOf(unit) {
    var pairs = [];
    for (var i = 1; i < unit.keys.length; i++) pairs.push([unit.keys[i - 1], unit.keys[i]]);
    return pairs;
  }

  /**
   * An engine over one index; `put` must have been given every path `needs` returns. A long postings
   * list is stood in for by its best and newest entries, which its dictionary line carries, unless `full`
   * is set, which the page does for filters and for paging past the top entries.
   */
  function Engine(manifest) {
    this.manifest = manifest;
    this.full = false;
    this.stop = new Set(manifest.stop);
    this.files = new Map();
    this.parsed = new Map();
    this.meetings = new Map();
  }

  Engine.prototype.parse = function (q) { return parseQuery(q, this.stop); };
  Engine.prototype.put = function (path, text) { this.files.set(path, text || ''); };
  Engine.prototype.has = function (path) { return this.files.has(path); };

  Engine.prototype.lines = function (path) {
    if (!this.parsed.has(path)) this.parsed.set(path, parseLines(this.files.get(path)));
    return this.parsed.get(path);
  };

  Engine.prototype.shardPath = function (term) { return 't/' + shardOf(term) + '.txt'; };
  Engine.prototype.bucketPath = function (pair) { return 'b/' + bucketOf(pair[0], pair[1], this.manifest.buckets) + '.txt'; };
  Engine.prototype.postingsPath = function (owner, ref) { return 'p/' + owner + '-' + ref + '.txt'; };

  // The postings of `term` in the file at `path` (owner names its long-postings files), or
  // undefined with the missing file added to `missing`.
  Engine.prototype.postings = function (path, owner, term, missing) {
    var entry = this.lines(path).get(term);
    if (!entry) return null;
    if (entry.postings !== undefined) return { df: entry.df, sc: entry.sc, postings: entry.postings, complete: true };
    if (!this.full) return { df: entry.df, sc: entry.sc, postings: entry.top, complete: false };
    var file = this.postingsPath(owner, entry.ref);
    if (!this.has(file)) { missing.push(file); return undefined; }
    return { df: entry.df, sc: entry.sc, postings: this.files.get(file), complete: true };
  };

  /** Files still needed to answer `units` with `filters`; empty when `match` can run. */
  Engine.prototype.needs = function (units, filters) {
    var missing = [];
    var self = this;
    units.forEach(function (unit) {
      unit.keys.forEach(function (k) {
        var path = self.shardPath(k);
        if (!self.has(path)) missing.push(path);
      });
      if (unit.phrase) {
        pairsOf(unit).forEach(function (pair) {
          var path = self.bucketPath(pair);
          if (!self.has(path)) missing.push(path);
        });
      }
    });
    if (filters && filters.topic && !this.has('amne/' + filters.topic + '.txt')) missing.push('amne/' + filters.topic + '.txt');
    if (missing.length > 0) return unique(missing);
    units.forEach(function (unit) {
      if (unit.phrase) {
        pairsOf(unit).forEach(function (pair) {
          var path = self.bucketPath(pair);
          self.postings(path, 'b-' + path.slice(2, -4), pair[0] + ' ' + pair[1], missing);
        });
      } else {
        var path = self.shardPath(unit.keys[0]);
        termsOf(unit, self.lines(path)).forEach(function (t) { self.postings(path, shardOf(t.term), t.term, missing); });
      }
    });
    return unique(missing);
  };

  /**
   * Ranks the sections matching `units`: sections with more of the query's words and phrases first,
   * then by score (rarer terms, headings and repeated words weigh more); or, with order "nyast",
   * by date within each group. Returns { results: [{m, s, units, score}], meetings, terms, exact,
   * atLeast: {sections, meetings} }; when top entries stood in for a long list, `exact` is false and
   * the counts are lower bounds taken from the dictionary.
   */
  Engine.prototype.match = function (units, filters) {
    var self = this;
    var total = this.manifest.meetings;
    var docs = new Map();
    var terms = [];
    var exact = true;
    var atLeast = { sections: 0, meetings: 0 };
    filters = filters || {};
    var years = null;
    if (filters.year) {
      years = this.manifest.years.filter(function (y) { return String(y[0]) === String(filters.year); })[0] || [0, 0, 0];
    }
    var topic = null;
    if (filters.topic) topic = new Set(decode(this.files.get('amne/' + filters.topic + '.txt')).map(function (e) { return e.m; }));

    function keep(m) {
      return (!years || (m >= years[1] && m < years[1] + years[2])) && (!topic || topic.has(m));
    }

    units.forEach(function (unit, u) {
      var hits = new Map();
      if (unit.phrase) {
        unit.keys.forEach(function (k) { terms.push(k); });
        var lists = pairsOf(unit).map(function (pair) {
          var path = self.bucketPath(pair);
          return self.postings(path, 'b-' + path.slice(2, -4), pair[0] + ' ' + pair[1], []);
        });
        if (lists.some(function (l) { return !l; })) return;
        lists.forEach(note);
        var sets = lists.map(function (l) { var set = new Map(); decode(l.postings).forEach(function (e) { e.s.forEach(function (s) { set.set(e.m * 65536 + s, e.w); }); }); return set; });
        var df = Math.min.apply(null, lists.map(function (l) { return l.df; }));
        sets[0].forEach(function (w, doc) {
          if (sets.every(function (set) { return set.has(doc); })) hits.set(doc, idf(df) * (1 + Math.log(w)));
        });
      } else {
        var path = self.shardPath(unit.keys[0]);
        termsOf(unit, self.lines(path)).forEach(function (t) {
          var list = self.postings(path, shardOf(t.term), t.term, []);
          if (!list) return;
          note(list);
          terms.push(t.term);
          decode(list.postings).forEach(function (e) {
            var score = t.quality * idf(list.df) * (1 + Math.log(e.w));
            e.s.forEach(function (s) {
              var doc = e.m * 65536 + s;
              if (!hits.has(doc) || hits.get(doc) < score) hits.set(doc, score);
            });
          });
        });
      }
      hits.forEach(function (score, doc) {
        var m = Math.floor(doc / 65536);
        if (!keep(m)) return;
        var d = docs.get(doc);
        if (!d) { d = { m: m, s: doc % 65536, units: 0, score: 0 }; docs.set(doc, d); }
        d.units++;
        d.score += score;
      });
    });

    function idf(df) { return Math.log(1 + total / Math.max(1, df)); }

    function note(list) {
      exact = exact && list.complete;
      atLeast.sections = Math.max(atLeast.sections, list.sc);
      atLeast.meetings = Math.max(atLeast.meetings, list.df);
    }

    var results = Array.from(docs.values());
    var newest = filters.order === 'nyast';
    results.sort(function (a, b) {
      return b.units - a.units ||
        (newest ? 0 : b.score - a.score) ||
        b.m - a.m || a.s - b.s;
    });
    var meetings = new Set(results.map(function (r) { return r.m; })).size;
    return { results: results, meetings: meetings, terms: unique(terms), exact: exact, atLeast: atLeast };
  };

  /** The path of the file with a result's data: one file per meeting, with all its sections. */
  Engine.prototype.dataPath = function (r) { return 'd/' + Math.floor(r.m / 100) + '/' + r.m + '.json'; };

  /** A result's data, once its file is in: { u: section URL, d: ISO date, w: date in words, t: title, h: heading, p: passages }. */
  Engine.prototype.section = function (r) {
    var path = this.dataPath(r);
    if (!this.meetings.has(path)) this.meetings.set(path, JSON.parse(this.files.get(path)));
    var meeting = this.meetings.get(path);
    var section = meeting.s[r.s] || { i: '', h: '', p: [] };
    return { u: section.i ? meeting.u + '#' + section.i : meeting.u, d: meeting.d, w: meeting.w, t: meeting.t, h: section.h, p: section.p };
  };

  function unique(list) { return list.filter(function (x, i) { return list.indexOf(x) === i; }); }

  // ---------- Utdrag ----------

  var SNIPPET_CHARS = 240;

  // A word's key is its folded form with an ending cut off, so a word whose folded form contains no
  // term cannot match one: the cheap test goes first and the stemmer runs only for short terms it leaves.
  function isHit(word, terms) {
    var f = fold(word);
    var k = null;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      if (f.indexOf(t) < 0) continue;
      if (t.length >= 4) return true;
      if (k === null) k = key(word);
      if (k === t) return true;
    }
    return false;
  }

  function mentions(text, terms) {
    var f = fold(text);
    for (var i = 0; i < terms.length; i++) if (f.indexOf(terms[i]) >= 0) return true;
    return false;
  }

  /**
   * The passage of a section that best shows why it matched, cut to about 240 characters around the
   * first match, as parts [{ text, mark }].
   */
  function snippet(passages, terms) {
    var best = null;
    passages.forEach(function (text) {
      // Most passages of a section mention no term at all; they are not split into words.
      var marks = mentions(text, terms) ? tokenize(text).filter(function (t) { return isHit(t.word, terms); }) : [];
      if (!best || marks.length > best.marks.length) best = { text: text, marks: marks };
    });
    if (!best) return [];
    var text = best.text;
    var from = 0;
    var to = text.length;
    if (text.length > SNIPPET_CHARS) {
      var first = best.marks.length > 0 ? best.marks[0].start : 0;
      from = Math.max(0, first - 80);
      if (from > 0) { var space = text.indexOf(' ', from); from = space >= 0 && space < first ? space + 1 : from; }
      to = Math.min(text.length, from + SNIPPET_CHARS);
      if (to < text.length) { var end = text.lastIndexOf(' ', to); to = end > first ? end : to; }
    }
    var parts = [];
    if (from > 0) parts.push({ text: '… ', mark: false });
    var at = from;
    best.marks.forEach(function (t) {
      if (t.start < from || t.start + t.length > to) return;
      if (t.start > at) parts.push({ text: text.slice(at, t.start), mark: false });
      parts.push({ text: text.slice(t.start, t.start + t.length), mark: true });
      at = t.start + t.length;
    });
    if (at < to) parts.push({ text: text.slice(at, to), mark: false });
    if (to < text.length) parts.push({ text: ' …', mark: false });
    return parts;
  }

  /**
   * A count as Swedish writes it, "44 410" with a no-break space, as toLocaleString('sv-SE') does; that
   * call loads locale data in a fresh page, 79 ms of main thread in a profile, before the first results show.
   */
  function count(n) {
    var text = String(n);
    for (var i = text.length - 3; i > 0; i -= 3) text = text.slice(0, i) + '\u00a0' + text.slice(i);
    return text;
  }

  var api = { count: count, fold: fold, tokenize: tokenize, key: key, snowball: snowball, shardOf: shardOf, bucketOf: bucketOf, decode: decode, Engine: Engine, snippet: snippet };
  root.TrygghetsradSok = api;

  // ---------- Sidan ----------

  if (typeof document === 'undefined') return;
  var container = document.getElementById('sok');
  if (!container) return;

  var PAGE = 10;
  var base = container.getAttribute('data-index');
  var form = document.getElementById('sok-form');
  var input = document.getElementById('sok-q');
  var topicSelect = document.getElementById('sok-amne');
  var yearSelect = document.getElementById('sok-ar');
  var orderSelect = document.getElementById('sok-ordning');
  var status = document.getElementById('sok-status');
  var list = document.getElementById('sokresultat');
  var more = document.getElementById('sok-fler');
  var engine = null;
  var current = null;
  var shown = 0;
  var run = 0;
  var editing = false;
  var timer = 0;

  document.getElementById('sok-utan-skript').hidden = true;
  document.getElementById('sok-med-skript').hidden = false;

  var inflight = new Map();

  // One request per file and page; a failed one may be tried again by the next query.
  function fetchText(path) {
    if (!inflight.has(path)) {
      inflight.set(path, fetchFile(path).catch(function (error) { inflight.delete(path); throw error; }));
    }
    return inflight.get(path);
  }

  function fetchFile(path) {
    return fetch(base + path).then(function (r) {
      if (r.status === 404) return '';
      if (!r.ok) throw new Error(path + ': ' + r.status);
      return r.text();
    });
  }

  // The manifest is in the page (Search/SearchManifestBlock), so a first query starts with the dictionary.
  function ready() {
    if (!engine) {
      var manifest = JSON.parse(document.getElementById('sok-manifest').textContent);
      if (manifest.v !== 2) throw new Error('okänt indexformat ' + manifest.v);
      engine = new Engine(manifest);
    }
    return engine;
  }

  function load(paths) {
    return Promise.all(paths.map(function (p) {
      return fetchText(p).then(function (text) { engine.put(p, text); });
    }));
  }

  function fill(units, filters) {
    var missing = engine.needs(units, filters);
    return missing.length === 0 ? Promise.resolve() : load(missing).then(function () { return fill(units, filters); });
  }

  function state() {
    return { q: input.value, topic: topicSelect.value, year: yearSelect.value, order: orderSelect.value };
  }

  function urlOf(s) {
    var params = new URLSearchParams();
    if (s.q) params.set('q', s.q);
    if (s.topic) params.set('amne', s.topic);
    if (s.year) params.set('ar', s.year);
    if (s.order) params.set('ordning', s.order);
    var query = params.toString();
    return location.pathname + (query ? '?' + query : '');
  }

  function fromUrl() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    select(topicSelect, params.get('amne'));
    select(yearSelect, params.get('ar'));
    select(orderSelect, params.get('ordning'));
  }

  function select(element, value) {
    element.value = value || '';
    if (element.value !== (value || '')) element.value = '';
  }

  function remember(push) {
    var url = urlOf(state());
    if (url === location.pathname + location.search) return;
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  }

  function plural(n, one, many) { return count(n) + ' ' + (n === 1 ? one : many); }

  function search() {
    var s = state();
    var mine = ++run;
    if (!s.q.trim()) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Skriv ett eller flera ord att söka efter.';
      return Promise.resolve();
    }
    status.textContent = 'Söker …';
    var filters = { topic: s.topic, year: s.year, order: s.order };
    var units = [];
    return Promise.resolve().then(function () {
      ready();
      units = engine.parse(s.q);
      if (units.length === 0) return { results: [], meetings: 0, terms: [], exact: true, onlySmallWords: true };
      engine.full = Boolean(s.topic || s.year);
      return fill(units, filters).then(function () { return engine.match(units, filters); });
    }).then(function (found) {
      if (mine !== run) return null;
      current = Object.assign(found, { units: units, filters: filters });
      shown = 0;
      list.replaceChildren();
      return showMore(false).then(function () {
        if (mine !== run) return;
        var text = found.results.length === 0
          ? (found.onlySmallWords ? 'Inga träffar: sök på fler ord än små ord som ”och” och ”att”.' : 'Inga träffar för ”' + s.q.trim() + '”.')
          : found.exact
            ? plural(found.results.length, 'träff', 'träffar') + ' i ' + plural(found.meetings, 'möte', 'möten') + ' för ”' + s.q.trim() + '”.'
            : 'Minst ' + plural(Math.max(found.results.length, found.atLeast.sections), 'träff', 'träffar') + ' i minst ' +
              plural(Math.max(found.meetings, found.atLeast.meetings), 'möte', 'möten') + ' för ”' + s.q.trim() + '”. De bästa visas först.';
        if (s.topic) text += ' Ämne: ' + topicSelect.options[topicSelect.selectedIndex].text + '.';
        if (s.year) text += ' År: ' + s.year + '.';
        status.textContent = text;
      });
    }).catch(function () {
      if (mine !== run) return;
      status.textContent = 'Sökningen kunde inte läsas in. Försök igen om en stund.';
    });
  }

  function showMore(focus) {
    // A newer query may start while this one's files load; only the newest query may touch the list.
    var mine = run;
    if (!current.exact && shown + PAGE > current.results.length) {
      // The top entries ran out: read the whole lists once and carry on where the list ends.
      engine.full = true;
      return fill(current.units, current.filters).then(function () {
        if (mine !== run) return null;
        current = Object.assign(engine.match(current.units, current.filters), { units: current.units, filters: current.filters });
        return showMore(focus);
      });
    }
    var batch = current.results.slice(shown, shown + PAGE);
    var paths = unique(batch.map(function (r) { return engine.dataPath(r); }).filter(function (p) { return !engine.has(p); }));
    return load(paths).then(function () {
      if (mine !== run) return;
      var first = null;
      batch.forEach(function (r) {
        var item = render(r, engine.section(r));
        list.appendChild(item);
        first = first || item.querySelector('a');
      });
      shown += batch.length;
      more.hidden = shown >= current.results.length && current.exact;
      if (focus && first) first.focus();
    });
  }

  function render(result, data) {
    var item = document.createElement('li');
    var heading = document.createElement('h2');
    var link = document.createElement('a');
    link.href = data.u;
    link.textContent = data.h || data.t;
    heading.appendChild(link);
    var meta = document.createElement('span');
    meta.className = 'meta';
    var time = document.createElement('time');
    time.dateTime = data.d;
    time.textContent = data.w;
    meta.appendChild(time);
    meta.appendChild(document.createTextNode(' · ' + data.t));
    item.appendChild(heading);
    item.appendChild(meta);
    var parts = snippet(data.p, current.terms);
    if (parts.length > 0) {
      var p = document.createElement('p');
      parts.forEach(function (part) {
        if (part.mark) {
          var mark = document.createElement('mark');
          mark.textContent = part.text;
          p.appendChild(mark);
        } else {
          p.appendChild(document.createTextNode(part.text));
        }
      });
      item.appendChild(p);
    }
    return item;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    editing = false;
    remember(true);
    search();
  });

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      // The first change after a finished query gets its own history entry; later keystrokes replace it.
      remember(!editing);
      editing = true;
      search();
    }, 250);
  });

  [topicSelect, yearSelect, orderSelect].forEach(function (element) {
    element.addEventListener('change', function () {
      editing = false;
      remember(true);
      search();
    });
  });

  more.addEventListener('click', function () { showMore(true); });

  window.addEventListener('popstate', function () {
    editing = false;
    fromUrl();
    search();
  });

  fromUrl();
  if (input.value) search(); else status.textContent = 'Skriv ett eller flera ord att söka efter.';
})(typeof globalThis !== 'undefined' ? globalThis : this);
