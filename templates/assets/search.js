/* Sökningen i Trygghetsrådets arkiv. Läser det delade sökindexet under sok/index/ (se
   src/Trygghetsrad.Site/Search/; manifestet står i söksidan) och hämtar bara de delar en fråga
   behöver. Analysen nedan är en kopia av Text/SwedishAnalyzer.Key (vikning, Snowball-svenska, egna
   regler) och av Text/FinnishAnalyzer.Key (vikning, Snowball-finska) för mötenas sammanfattningar på
   finska; testerna kör den mot C#-analysatorerna så att de håller ihop. Inga beroenden, inget innerHTML
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

  // ---------- Finsk analys (samma som Text/FinnishAnalyzer: vikning, Snowball-finska, märket ~) ----------

  var FI_V1 = 'aeiouyäö';
  var FI_PARTICLES = ['kin', 'kaan', 'kään', 'ko', 'kö', 'han', 'hän', 'pa', 'pä', 'sti'];
  var FI_POSSESSIVES = ['si', 'ni', 'nsa', 'nsä', 'mme', 'nne', 'an', 'än', 'en'];
  // Snowball's list also has siin, seen, den and tten, each under a condition that Lucene.Net's stemmer checks
  // through a routine that never holds there: it reads the n they end in instead, and so does this copy.
  var FI_CASES = ['han', 'hen', 'hin', 'hon', 'hän', 'hön', 'n', 'a', 'ä', 'tta', 'ttä',
    'ta', 'tä', 'ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'lle', 'na', 'nä', 'ksi', 'ine'];
  var FI_OTHER = ['mpi', 'mpa', 'mpä', 'mmi', 'mma', 'mmä', 'impi', 'impa', 'impä', 'immi', 'imma', 'immä', 'eja', 'ejä'];
  var FI_LONG = ['aa', 'ee', 'ii', 'oo', 'uu', 'ää', 'öö'];

  function fiVowel(c) { return c !== undefined && FI_V1.indexOf(c) >= 0; }
  function endsWithOne(w, list) { return list.some(function (e) { return w.endsWith(e); }); }

  // The longest of `endings` that w ends with, beginning at or after `from`; null when none.
  function fiEnding(w, endings, from) {
    var best = null;
    endings.forEach(function (e) {
      if ((best === null || e.length > best.length) && w.length - e.length >= from && w.endsWith(e)) best = e;
    });
    return best;
  }

  // Snowball Finnish (the algorithm as Lucene.Net's FinnishStemmer runs it): regions R1 and R2, then particles,
  // possessives, cases, other endings, plural i/j or t, and a tidy of long vowels and double consonants.
  function fiStem(w) {
    var p1 = w.length;
    var p2 = w.length;
    var i = 0;
    while (i < w.length && !fiVowel(w[i])) i++;
    while (i < w.length && fiVowel(w[i])) i++;
    if (i < w.length) {
      p1 = i + 1;
      i = p1;
      while (i < w.length && !fiVowel(w[i])) i++;
      while (i < w.length && fiVowel(w[i])) i++;
      if (i < w.length) p2 = i + 1;
    }
    var e;
    var rest;
    if (w.length >= p1 && (e = fiEnding(w, FI_PARTICLES, p1)) !== null) {
      var before = w[w.length - e.length - 1];
      if (e === 'sti' ? w.length - 3 >= p2 : fiVowel(before) || before === 'n' || before === 't') w = w.slice(0, -e.length);
    }
    if (w.length >= p1 && (e = fiEnding(w, FI_POSSESSIVES, p1)) !== null) {
      rest = w.slice(0, -e.length);
      if (e === 'si') { if (!rest.endsWith('k')) w = rest; }
      else if (e === 'ni') { w = rest.endsWith('kse') ? rest.slice(0, -3) + 'ksi' : rest; }
      else if (e === 'an') { if (endsWithOne(rest, ['ta', 'ssa', 'sta', 'lla', 'lta', 'na'])) w = rest; }
      else if (e === 'än') { if (endsWithOne(rest, ['tä', 'ssä', 'stä', 'llä', 'ltä', 'nä'])) w = rest; }
      else if (e === 'en') { if (endsWithOne(rest, ['lle', 'ine'])) w = rest; }
      else w = rest;
    }
    var removed = false;
    if (w.length >= p1 && (e = fiEnding(w, FI_CASES, p1)) !== null) {
      rest = w.slice(0, -e.length);
      var n = rest.length;
      var cut = e.length;
      var ok = true;
      if (/^h.n$/.test(e)) ok = rest.endsWith(e[1]);
      else if (e === 'n') { if (fiEnding(rest, FI_LONG, 0) !== null || rest.endsWith('ie')) cut = 2; }
      else if (e === 'a' || e === 'ä') ok = fiVowel(rest[n - 1]) && n >= 2 && !fiVowel(rest[n - 2]);
      else if (e === 'tta' || e === 'ttä') ok = rest.endsWith('e');
      if (ok) { w = w.slice(0, w.length - cut); removed = true; }
    }
    if (w.length >= p2 && (e = fiEnding(w, FI_OTHER, p2)) !== null) {
      if (!(e[0] === 'm' && e.length === 3 && w.slice(0, -3).endsWith('po'))) w = w.slice(0, -e.length);
    }
    if (removed) {
      if (w.length >= p1 && fiEnding(w, ['i', 'j'], p1) !== null) w = w.slice(0, -1);
    } else if (w.length >= p1 && w.endsWith('t') && w.length - 2 >= p1 && fiVowel(w[w.length - 2])) {
      w = w.slice(0, -1);
      if (w.length >= p2 && (e = fiEnding(w, ['mma', 'imma'], p2)) !== null && !(e === 'mma' && w.slice(0, -3).endsWith('po'))) w = w.slice(0, -e.length);
    }
    if (w.length < p1) return w;
    if (fiEnding(w, FI_LONG, p1) !== null) w = w.slice(0, -1);
    var last = w.length - 1;
    if (last - 1 >= p1 && 'aäei'.indexOf(w[last]) >= 0 && !fiVowel(w[last - 1])) w = w.slice(0, -1);
    last = w.length - 1;
    if (last - 1 >= p1 && w[last] === 'j' && (w[last - 1] === 'o' || w[last - 1] === 'u')) w = w.slice(0, -1);
    last = w.length - 1;
    if (last - 1 >= p1 && w[last] === 'o' && w[last - 1] === 'j') w = w.slice(0, -1);
    for (var c = w.length - 1; c >= 0; c--) {
      if (!fiVowel(w[c])) {
        if (c >= 1 && w[c - 1] === w[c]) w = w.slice(0, c) + w.slice(c + 1);
        break;
      }
    }
    return w;
  }

  // A word's Finnish key: '~' and the folded word, stemmed from three letters up when it starts with a letter.
  function fiKey(word) {
    var f = fold(word);
    return '~' + (f.length < 3 || !/^\p{L}/u.test(f) ? f : fiStem(f));
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

  // Postings (Search/PostingsBuilder), comma-separated entries: "delta" (section 0, weight 1), "delta*w"
  // (section 0, weight w) or "delta:s[*w].s[*w]" (sections with their weights, 1 unless given). Weight 0:
  // the term stands there only inside compounds.
  function decode(postings) {
    var out = [];
    if (!postings) return out;
    var last = -1;
    var entries = postings.split(',');
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      var colon = e.indexOf(':');
      var parts = colon >= 0 ? e.slice(colon + 1).split('.') : ['0' + (e.indexOf('*') >= 0 ? e.slice(e.indexOf('*')) : '')];
      var head = colon >= 0 ? e.slice(0, colon) : e.split('*')[0];
      var sections = [];
      var weights = [];
      for (var j = 0; j < parts.length; j++) {
        var star = parts[j].indexOf('*');
        sections.push(parseInt(star >= 0 ? parts[j].slice(0, star) : parts[j], 36));
        weights.push(star >= 0 ? parseInt(parts[j].slice(star + 1), 36) : 1);
      }
      last += parseInt(head, 36);
      out.push({ m: last, s: sections, w: weights });
    }
    return out;
  }

  // Lines "term\tword" (Search/WrittenForm): how the archive writes a term, for suggestions.
  function parseForms(text) {
    var map = new Map();
    (text || '').split('\n').forEach(function (line) {
      var tab = line.indexOf('\t');
      if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1));
    });
    return map;
  }

  // ---------- Frågan ----------

  var MAX_UNITS = 8;
  var MAX_EXPANSIONS = 12;

  // Words outside quotes are units of their own; a quoted phrase is one unit. The last word, when the
  // query ends right after it, is still being typed and also matches as a prefix. Each unit keeps the
  // text it came from, so a suggestion can replace just that word.
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
      var texts = [];
      var finnish = [];
      for (var i = 0; i < tokens.length; i++) {
        var k = key(tokens[i].word);
        if (stopKeys.has(k)) continue;
        keys.push(k);
        words.push(fold(tokens[i].word));
        texts.push(tokens[i].word);
        finnish.push(fiKey(tokens[i].word));
      }
      if (phrase && keys.length > 1) {
        add({ phrase: true, keys: keys, words: words, text: texts.join(' ') });
      } else {
        // A word is looked up as Swedish and, where the index has Finnish summaries, as Finnish too (fi).
        for (var j = 0; j < keys.length; j++) {
          var atEnd = !phrase && j === keys.length - 1 && re.lastIndex === q.length;
          add({ phrase: false, keys: [keys[j]], words: [words[j]], text: texts[j], prefix: atEnd, fuzzy: !phrase, fi: finnish[j] });
        }
      }
    }
    return units;

    function add(unit) {
      var id = (unit.phrase ? '"' : '') + unit.keys.join(' ') + (unit.prefix ? '*' : '');
      if (!seen[id] && units.length < MAX_UNITS) { seen[id] = true; units.push(unit); }
    }
  }

  // The keys of a topic's phrase, without small words, as a query unit: a word or a phrase.
  function phraseUnit(text, stopKeys) {
    var keys = [];
    var words = [];
    tokenize(text).forEach(function (t) {
      var k = key(t.word);
      if (!stopKeys.has(k)) { keys.push(k); words.push(fold(t.word)); }
    });
    return keys.length === 0 ? null : { phrase: keys.length > 1, keys: keys, words: words, text: text };
  }

  // True when a typed word (key k, folded w) is the synonym's word (key sk, folded sw) or an inflection of
  // it: the same key, or the word with one of the endings the stemmer knows ("A-traktorer", though
  // Snowball gives traktor and traktorer different keys).
  function sameWord(k, w, sk, sw) {
    return k === sk || w.startsWith(sw) && MAIN.indexOf(w.slice(sw.length)) >= 0;
  }

  // A unit that is a topic's synonym ("graffiti", or "A-traktor" typed as two words) becomes one unit
  // whose alternatives are the words as typed and the topic's match words, so it finds what the topic
  // finds and says so. The longest synonym wins where two start at the same word.
  function widen(units, synonyms) {
    var out = [];
    for (var i = 0; i < units.length; i++) {
      var found = null;
      for (var s = 0; s < synonyms.length && !found; s++) {
        var syn = synonyms[s];
        var n = units[i].phrase ? 1 : syn.keys.length;
        var next = units.slice(i, i + n).filter(function (u) { return !u.phrase; });
        var keys = units[i].phrase ? units[i].keys : next.map(function (u) { return u.keys[0]; });
        var words = units[i].phrase ? units[i].words : next.map(function (u) { return u.words[0]; });
        if (keys.length === syn.keys.length && keys.every(function (k, j) { return sameWord(k, words[j], syn.keys[j], syn.words[j]); })) found = { syn: syn, n: n };
      }
      if (!found) { out.push(units[i]); continue; }
      var typed = units.slice(i, i + found.n);
      var own = typed.length === 1 ? typed[0] : {
        phrase: true, keys: found.syn.keys, words: typed.map(function (u) { return u.words[0]; }),
        text: typed.map(function (u) { return u.text; }).join(' '),
      };
      out.push({
        keys: own.keys, words: own.words, text: own.text, phrase: own.phrase,
        alts: [own].concat(found.syn.topic.units), synonym: found.syn.topic,
      });
      i += found.n - 1;
    }
    return out;
  }

  // The ways a unit can match: a unit widened by a synonym has several, any other itself.
  function partsOf(unit) { return unit.alts || [unit]; }

  /**
   * Edit distance between a and b (insertions, deletions, substitutions and swaps of neighbours each
   * count 1), or max + 1 as soon as it is clear that it is more than max.
   */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var before = null;
    var prev = [];
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var least = i;
      for (var k = 1; k <= b.length; k++) {
        var v = Math.min(prev[k] + 1, row[k - 1] + 1, prev[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1));
        if (before && k > 1 && a[i - 1] === b[k - 2] && a[i - 2] === b[k - 1]) v = Math.min(v, before[k - 2] + 1);
        row.push(v);
        least = Math.min(least, v);
      }
      if (least > max) return max + 1;
      before = prev;
      prev = row;
    }
    return prev[b.length];
  }

  // The dictionary terms a word unit matches: exact (1), prefix (0.8, marked prefix), or, only when
  // neither finds anything and the word has five letters or more, one typo away (0.6, marked fuzzy).
  // Without the exact term, the others are marked read: words the query was read as, which the status names.
  function termsOf(unit, dict, foundInFinnish) {
    var found = candidates(unit, dict, foundInFinnish);
    if (!dict.has(unit.keys[0])) found.forEach(function (t) { t.read = true; });
    return found;
  }

  // The Finnish terms a word unit matches: its key (1) or, while it is being typed, longer terms it begins (0.8).
  function finnishTermsOf(unit, dict) {
    var k = unit.fi;
    var found = dict.has(k) ? [{ term: k, quality: 1 }] : [];
    if (unit.prefix && k.length >= 4) {
      var typed = '~' + unit.words[0];
      var prefixed = [];
      dict.forEach(function (entry, term) {
        if (term !== k && (term.startsWith(k) || term.startsWith(typed))) prefixed.push({ term: term, quality: 0.8, df: entry.df, prefix: true });
      });
      prefixed.sort(function (x, y) { return y.df - x.df || (x.term < y.term ? -1 : 1); });
      found = found.concat(prefixed.slice(0, MAX_EXPANSIONS));
    }
    return found;
  }

  function candidates(unit, dict, foundInFinnish) {
    var k = unit.keys[0];
    var word = unit.words[0];
    var found = [];
    if (dict.has(k)) found.push({ term: k, quality: 1 });
    if (unit.prefix && k.length >= 3) {
      var prefixed = [];
      dict.forEach(function (entry, term) {
        if (term !== k && (term.startsWith(k) || term.startsWith(word))) prefixed.push({ term: term, quality: 0.8, df: entry.df, prefix: true });
      });
      prefixed.sort(function (x, y) { return y.df - x.df || (x.term < y.term ? -1 : 1); });
      found = found.concat(prefixed.slice(0, MAX_EXPANSIONS));
    }
    if (found.length === 0 && !foundInFinnish && unit.fuzzy && word.length >= 5) {
      dict.forEach(function (entry, term) {
        if (distance(k, term, 1) <= 1 || distance(word, term, 1) <= 1) found.push({ term: term, quality: 0.6, fuzzy: true });
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

  // A section's score for a word found only inside compounds, against 1 + log(weight) for the word itself.
  var PART = 0.5;

  /**
   * An engine over one index; `put` must have been given every path `needs` returns. A long postings
   * list is stood in for by its best and newest entries, which its dictionary line carries, unless `full`
   * is set, which the page does for filters and for paging past the top entries.
   */
  function Engine(manifest) {
    var self = this;
    this.manifest = manifest;
    this.full = false;
    this.stop = new Set(manifest.stop);
    this.finnish = new Set(manifest.fi || []);
    this.files = new Map();
    this.parsed = new Map();
    this.meetings = new Map();
    this.topics = (manifest.topics || []).map(function (t) {
      return { slug: t.s, name: t.n, shows: t.m[0], units: t.m.map(function (m) { return phraseUnit(m, self.stop); }).filter(Boolean) };
    });
    this.synonyms = [];
    (manifest.topics || []).forEach(function (t, i) {
      t.y.forEach(function (y) {
        var unit = phraseUnit(y, self.stop);
        if (unit) self.synonyms.push({ keys: unit.keys, words: unit.words, topic: self.topics[i] });
      });
    });
    this.synonyms.sort(function (a, b) { return b.keys.length - a.keys.length; });
  }

  Engine.prototype.parse = function (q) { return widen(parseQuery(q, this.stop), this.synonyms); };
  Engine.prototype.put = function (path, text) { this.files.set(path, text || ''); };
  Engine.prototype.has = function (path) { return this.files.has(path); };

  Engine.prototype.lines = function (path) {
    if (!this.parsed.has(path)) this.parsed.set(path, parseLines(this.files.get(path)));
    return this.parsed.get(path);
  };

  Engine.prototype.forms = function (path) {
    if (!this.parsed.has(path)) this.parsed.set(path, parseForms(this.files.get(path)));
    return this.parsed.get(path);
  };

  Engine.prototype.shardPath = function (term) { return 't/' + shardOf(term) + '.txt'; };

  // The dictionary shard of a word's Finnish key, or null when the index has no Finnish term there.
  Engine.prototype.finnishPath = function (part) {
    return !part.phrase && part.fi && this.finnish.has(shardOf(part.fi)) ? this.shardPath(part.fi) : null;
  };

  /**
   * The dictionary terms a word part matches, each with the path of its shard: Finnish first (where the index has
   * Finnish summaries), then Swedish, which looks for a typo only when neither language has the word.
   */
  Engine.prototype.wordTerms = function (part) {
    var fiPath = this.finnishPath(part);
    var finnish = fiPath && this.has(fiPath) ? finnishTermsOf(part, this.lines(fiPath)) : [];
    finnish.forEach(function (t) { t.path = fiPath; });
    var path = this.shardPath(part.keys[0]);
    var swedish = termsOf(part, this.lines(path), finnish.some(function (t) { return t.quality === 1; }));
    swedish.forEach(function (t) { t.path = path; });
    return finnish.concat(swedish);
  };
  Engine.prototype.formsPath = function (term) { return 'o/' + shardOf(term) + '.txt'; };
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
    var parts = [];
    units.forEach(function (unit) { parts = parts.concat(partsOf(unit)); });
    // A word needs its dictionary shard, a phrase only the buckets of its word pairs.
    parts.forEach(function (part) {
      var paths = part.phrase ? pairsOf(part).map(function (pair) { return self.bucketPath(pair); }) : [self.shardPath(part.keys[0]), self.finnishPath(part)];
      paths.forEach(function (path) { if (path && !self.has(path)) missing.push(path); });
    });
    if (filters && filters.topic && !this.has('amne/' + filters.topic + '.txt')) missing.push('amne/' + filters.topic + '.txt');
    if (missing.length > 0) return unique(missing);
    parts.forEach(function (part) {
      if (part.phrase) {
        pairsOf(part).forEach(function (pair) {
          var path = self.bucketPath(pair);
          self.postings(path, 'b-' + path.slice(2, -4), pair[0] + ' ' + pair[1], missing);
        });
      } else {
        self.wordTerms(part).forEach(function (t) {
          self.postings(t.path, shardOf(t.term), t.term, missing);
          // A word the query was read as is named in the status as the archive writes it.
          if (t.read && !self.has(self.formsPath(t.term))) missing.push(self.formsPath(t.term));
        });
      }
    });
    return unique(missing);
  };

  /**
   * Ranks the sections matching `units`: sections with more of the query's words and phrases first, then
   * those with more of them as whole words or inflections (not only inside compounds), then by score
   * (rarer terms, headings and repeated words weigh more); or, with order "nyast", by date within the
   * first grouping. Returns { results: [{m, s, units, whole, score}], meetings, terms, exact, atLeast:
   * {sections, meetings}, shown: [{from, to}] }; when top entries stood in for a long list, `exact` is
   * false and the counts are lower bounds taken from the dictionary. `shown` names the words a unit was
   * widened or corrected to (a topic's word for a synonym, the archive's word for a typo).
   */
  Engine.prototype.match = function (units, filters) {
    var self = this;
    var total = this.manifest.sections;
    var docs = new Map();
    var terms = [];
    var shown = [];
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

    // One alternative of a unit: its sections as doc → { score, whole }.
    function hitsOf(part, hits) {
      var any = false;
      var read = [];
      function put(doc, score, whole) {
        if (!keep(Math.floor(doc / 65536))) return false;
        any = true;
        var h = hits.get(doc);
        if (!h) hits.set(doc, { score: score, whole: whole });
        else { h.score = Math.max(h.score, score); h.whole = h.whole || whole; }
        return true;
      }
      if (part.phrase) {
        var lists = pairsOf(part).map(function (pair) {
          var path = self.bucketPath(pair);
          return self.postings(path, 'b-' + path.slice(2, -4), pair[0] + ' ' + pair[1], []);
        });
        if (lists.some(function (l) { return !l; })) return { any: false, read: read };
        part.keys.forEach(function (k) { terms.push(k); });
        lists.forEach(note);
        var sets = lists.map(function (l) {
          var set = new Map();
          decode(l.postings).forEach(function (e) { e.s.forEach(function (s, i) { set.set(e.m * 65536 + s, e.w[i]); }); });
          return set;
        });
        var sc = Math.min.apply(null, lists.map(function (l) { return l.sc; }));
        sets[0].forEach(function (w, doc) {
          if (sets.every(function (set) { return set.has(doc); })) put(doc, idf(sc) * (1 + Math.log(Math.max(1, w))), true);
        });
      } else {
        self.wordTerms(part).forEach(function (t) {
          var list = self.postings(t.path, shardOf(t.term), t.term, []);
          if (!list) return;
          note(list);
          terms.push(t.term);
          var kept = false;
          decode(list.postings).forEach(function (e) {
            e.s.forEach(function (s, i) {
              var w = e.w[i];
              // A longer word the typed one begins is, like a compound, not the word itself.
              var whole = w > 0 && !t.prefix;
              if (put(e.m * 65536 + s, t.quality * idf(list.sc) * (whole ? 1 + Math.log(w) : PART), whole)) kept = true;
            });
          });
          if (t.read && kept) read.push(t.term);
        });
      }
      return { any: any, read: read };
    }

    units.forEach(function (unit) {
      var hits = new Map();
      var parts = partsOf(unit);
      parts.forEach(function (part, p) {
        var found = hitsOf(part, hits);
        if (p > 0 && found.any && shown.every(function (x) { return x.to !== unit.synonym.shows; })) shown.push({ from: unit.text, to: unit.synonym.shows });
        // The status names the commonest word the query was read as, unless the typed word only begins
        // it ("motorb" for motorburen) – a typo's word is named ("kloter" read as klotter).
        if (found.read.length === 0) return;
        var forms = self.has(self.formsPath(part.keys[0])) ? self.forms(self.formsPath(part.keys[0])) : new Map();
        var dict = self.lines(self.shardPath(part.keys[0]));
        var best = found.read.slice().sort(function (a, b) { return dict.get(b).sc - dict.get(a).sc || (a < b ? -1 : 1); })[0];
        var form = forms.get(best);
        if (form && !fold(form).startsWith(part.words[0])) shown.push({ from: unit.text, to: form });
      });
      hits.forEach(function (h, doc) {
        var d = docs.get(doc);
        if (!d) { d = { m: Math.floor(doc / 65536), s: doc % 65536, units: 0, whole: 0, score: 0 }; docs.set(doc, d); }
        d.units++;
        if (h.whole) d.whole++;
        d.score += h.score;
      });
    });

    // Sections are what the results list, so a term's rarity is counted in sections.
    function idf(sc) { return Math.log(1 + total / Math.max(1, sc)); }

    function note(list) {
      exact = exact && list.complete;
      atLeast.sections = Math.max(atLeast.sections, list.sc);
      atLeast.meetings = Math.max(atLeast.meetings, list.df);
    }

    var results = Array.from(docs.values());
    var newest = filters.order === 'nyast';
    results.sort(function (a, b) {
      return b.units - a.units ||
        (newest ? 0 : b.whole - a.whole || b.score - a.score) ||
        b.m - a.m || a.s - b.s;
    });
    var meetings = new Set(results.map(function (r) { return r.m; })).size;
    return { results: results, meetings: meetings, terms: unique(terms), exact: exact, atLeast: atLeast, shown: shown };
  };

  /**
   * The results grouped per meeting, in the order of each meeting's best section: [{ m, sections: [r…] }],
   * each meeting's sections in result order.
   */
  function groups(results) {
    var byMeeting = new Map();
    var list = [];
    results.forEach(function (r) {
      var group = byMeeting.get(r.m);
      if (!group) { group = { m: r.m, sections: [] }; byMeeting.set(r.m, group); list.push(group); }
      group.sections.push(r);
    });
    return list;
  }

  /** The path of the file with a meeting's data: one file per meeting, with all its sections. */
  Engine.prototype.dataPath = function (r) { return 'd/' + Math.floor(r.m / 100) + '/' + r.m + '.json'; };

  /** A meeting's data, once its file is in: { u: URL, d: ISO date, w: date in words, t: title, s: [{ i: anchor, h: heading, p: passages }] }. */
  Engine.prototype.meeting = function (r) {
    var path = this.dataPath(r);
    if (!this.meetings.has(path)) this.meetings.set(path, JSON.parse(this.files.get(path)));
    return this.meetings.get(path);
  };

  /**
   * A result's data, once its file is in: { u: section URL, d: ISO date, w: date in words, t: title, h: heading,
   * p: passages, q: the section's questions [{ u: question URL, q: question, a: answers }],
   * l: the section's language when it is not Swedish (a Finnish summary), else undefined }.
   */
  Engine.prototype.section = function (r) {
    var meeting = this.meeting(r);
    var section = meeting.s[r.s] || { i: '', h: '', p: [] };
    var questions = (section.q || []).map(function (x) { return { u: meeting.u + '#' + x.i, q: x.q, a: x.a }; });
    return { u: section.i ? meeting.u + '#' + section.i : meeting.u, d: meeting.d, w: meeting.w, t: meeting.t, h: section.h, p: section.p, q: questions, l: section.l };
  };

  /**
   * The questions of a matched section that the query's terms are found in, asked or answered: shown as results of
   * their own kind, each with its answer. The section's own snippet is then taken from its other passages.
   */
  function askedAbout(data, terms) {
    var matched = data.q.filter(function (x) {
      return [x.q].concat(x.a).some(function (text) {
        return mentions(text, terms) && tokenize(text).some(function (t) { return isHit(t.word, terms); });
      });
    });
    var used = [];
    matched.forEach(function (x) { used = used.concat([x.q], x.a); });
    return { questions: matched, rest: data.p.filter(function (text) { return used.indexOf(text) < 0; }) };
  }

  // ---------- Förslag när inget hittas ----------

  var TOPIC_WORDS = 'amnen.json';
  var MAX_WORDS = 4;

  // How far a suggested word may be from a typed one: none up to three letters, one for four, else two.
  function reach(word) { return word.length <= 3 ? 0 : word.length === 4 ? 1 : 2; }

  /** Files still needed for `suggest`: the written words beside each word's dictionary shard, and the topics' words. */
  Engine.prototype.suggestNeeds = function (units) {
    var self = this;
    var missing = [];
    units.forEach(function (unit) {
      unit.keys.forEach(function (k) {
        [self.shardPath(k), self.formsPath(k)].forEach(function (p) { if (!self.has(p)) missing.push(p); });
      });
    });
    if (!this.has(TOPIC_WORDS)) missing.push(TOPIC_WORDS);
    return unique(missing);
  };

  /**
   * What to offer when `units` found nothing under `filters`: { words: [{ word, q }] close words from the
   * archive's own vocabulary, each with the query it makes; unquoted: the query without quotes, when a
   * phrase found nothing; topics: [{ slug, name, word }] whose name, description, match words or synonyms
   * have a typed word; filters: [{ drop: ['year'|'topic'…], count }] filters whose removal finds sections }.
   * Call after `suggestNeeds` has nothing missing; the filters are counted with what `needs` loaded.
   */
  Engine.prototype.suggest = function (units, filters) {
    var self = this;
    var words = [];
    units.forEach(function (unit, u) {
      if (unit.phrase || unit.alts) return;
      var k = unit.keys[0];
      var word = unit.words[0];
      var max = reach(word);
      if (max === 0) return;
      var dict = self.lines(self.shardPath(k));
      var forms = self.forms(self.formsPath(k));
      var found = [];
      forms.forEach(function (form, term) {
        var entry = dict.get(term);
        if (!entry || term === k) return;
        var d = Math.min(distance(k, term, max), distance(word, fold(form), max));
        if (d <= max) found.push({ form: form, d: d, sc: entry.sc });
      });
      found.sort(function (a, b) { return a.d - b.d || b.sc - a.sc || (a.form < b.form ? -1 : 1); });
      unique(found.map(function (f) { return f.form; })).slice(0, MAX_WORDS).forEach(function (form) {
        words.push({ word: form, q: units.map(function (x, i) { return i === u ? form : x.phrase ? '"' + x.text + '"' : x.text; }).join(' ') });
      });
    });

    var unquoted = null;
    if (units.some(function (unit) { return unit.phrase; })) {
      unquoted = units.map(function (unit) { return unit.text; }).join(' ');
    }

    var topicWords = JSON.parse(this.files.get(TOPIC_WORDS) || '{}');
    var topics = [];
    this.topics.forEach(function (topic) {
      var keys = topicWords[topic.slug] || [];
      var hit = null;
      units.forEach(function (unit) {
        unit.keys.forEach(function (k, i) {
          if (hit) return;
          var max = reach(k);
          var near = max > 0 && keys.some(function (t) { return distance(k, t, max) <= max; });
          if (keys.indexOf(k) >= 0 || near) hit = unit.phrase ? unit.words[i] : unit.text;
        });
      });
      if (hit) topics.push({ slug: topic.slug, name: topic.name, word: hit });
    });

    var dropped = [];
    filters = filters || {};
    var options = [];
    if (filters.year && filters.topic) options.push(['year'], ['topic'], ['year', 'topic']);
    else if (filters.year) options.push(['year']);
    else if (filters.topic) options.push(['topic']);
    options.forEach(function (drop) {
      var rest = { topic: drop.indexOf('topic') >= 0 ? '' : filters.topic, year: drop.indexOf('year') >= 0 ? '' : filters.year };
      var count = self.match(units, rest).results.length;
      if (count > 0) dropped.push({ drop: drop, count: count });
    });

    return { words: words, unquoted: unquoted, topics: topics, filters: dropped };
  };

  function unique(list) { return list.filter(function (x, i) { return list.indexOf(x) === i; }); }

  // ---------- Utdrag ----------

  var SNIPPET_CHARS = 240;

  // A word's key is its folded form with an ending cut off, so a word whose folded form contains no
  // term cannot match one: the cheap test goes first and the stemmer runs only for short terms it leaves.
  function isHit(word, terms, lang) {
    if (lang === 'fi') return terms.indexOf(fiKey(word)) >= 0;
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

  // A Finnish term is its key after '~': the cheap test looks for the key itself.
  function mentions(text, terms) {
    var f = fold(text);
    for (var i = 0; i < terms.length; i++) if (f.indexOf(terms[i][0] === '~' ? terms[i].slice(1) : terms[i]) >= 0) return true;
    return false;
  }

  /**
   * The passage of a section that best shows why it matched – the most words matched as themselves or
   * their inflections, then the most matched at all (compounds too) – cut to about 240 characters around
   * the first match, as parts [{ text, mark }]. The words of a section in Finnish (lang 'fi') are read as Finnish.
   */
  function snippet(passages, terms, lang) {
    var best = null;
    var keyOf = lang === 'fi' ? fiKey : key;
    passages.forEach(function (text) {
      // Most passages of a section mention no term at all; they are not split into words.
      var marks = mentions(text, terms) ? tokenize(text).filter(function (t) { return isHit(t.word, terms, lang); }) : [];
      var whole = marks.filter(function (t) { return terms.indexOf(keyOf(t.word)) >= 0; }).length;
      if (!best || whole > best.whole || whole === best.whole && marks.length > best.marks.length) best = { text: text, marks: marks, whole: whole };
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

  /** What the status adds for words a query was widened or corrected to: " – visar träffar för klotter". */
  function showing(shown) {
    if (!shown || shown.length === 0) return '';
    var words = unique(shown.map(function (x) { return x.to; }));
    return ' – visar träffar för ' + (words.length === 1 ? words[0] : words.slice(0, -1).join(', ') + ' och ' + words[words.length - 1]);
  }

  var api = {
    count: count, fold: fold, tokenize: tokenize, key: key, snowball: snowball, fiKey: fiKey, fiStem: fiStem, shardOf: shardOf, bucketOf: bucketOf,
    decode: decode, distance: distance, groups: groups, showing: showing, Engine: Engine, snippet: snippet, askedAbout: askedAbout,
  };
  root.TrygghetsradSok = api;

  // ---------- Sidan ----------

  if (typeof document === 'undefined') return;
  var container = document.getElementById('sok');
  if (!container) return;

  var PAGE = 10;
  var base = container.getAttribute('data-index');
  var topicsUrl = container.getAttribute('data-amnen');
  var meetingsUrl = container.getAttribute('data-moten');
  var form = document.getElementById('sok-form');
  var input = document.getElementById('sok-q');
  var topicSelect = document.getElementById('sok-amne');
  var yearSelect = document.getElementById('sok-ar');
  var orderSelect = document.getElementById('sok-ordning');
  var status = document.getElementById('sok-status');
  var suggestions = document.getElementById('sok-forslag');
  var list = document.getElementById('sokresultat');
  var more = document.getElementById('sok-fler');
  var engine = null;
  var current = null;
  var shown = 0;
  var run = 0;
  var editing = false;
  var timer = 0;

  // Opened from the file system (an unpacked preview) the browser fetches no index files: say so plainly and
  // leave the links to the years and topics, instead of a search that can never answer.
  if (location.protocol === 'file:') {
    form.hidden = true;
    document.getElementById('sok-krav-skript').hidden = true;
    document.getElementById('sok-som-fil').hidden = false;
    return;
  }

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
      if (manifest.v !== 3) throw new Error('okänt indexformat ' + manifest.v);
      engine = new Engine(manifest);
    }
    return engine;
  }

  function load(paths) {
    return Promise.all(paths.map(function (p) {
      return fetchText(p).then(function (text) { engine.put(p, text); });
    }));
  }

  function fill(needs) {
    var missing = needs();
    return missing.length === 0 ? Promise.resolve() : load(missing).then(function () { return fill(needs); });
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
    suggestions.hidden = true;
    suggestions.replaceChildren();
    if (!s.q.trim()) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Skriv ett eller flera ord att söka efter.';
      return Promise.resolve();
    }
    status.textContent = 'Söker …';
    var filters = { topic: s.topic, year: s.year, order: s.order };
    var units = [];
    var offer = null;
    return Promise.resolve().then(function () {
      ready();
      units = engine.parse(s.q);
      if (units.length === 0) return { results: [], meetings: 0, terms: [], exact: true, onlySmallWords: true };
      engine.full = Boolean(s.topic || s.year);
      return fill(function () { return engine.needs(units, filters); }).then(function () { return engine.match(units, filters); });
    }).then(function (found) {
      if (mine !== run || found.results.length > 0 || found.onlySmallWords) return found;
      // Nothing found: load what the suggestions need before saying so.
      return fill(function () { return engine.suggestNeeds(units); }).then(function () {
        offer = engine.suggest(units, filters);
        return found;
      });
    }).then(function (found) {
      if (mine !== run) return null;
      current = Object.assign(found, { units: units, filters: filters, groups: groups(found.results) });
      shown = 0;
      list.replaceChildren();
      return showMore(false).then(function () {
        if (mine !== run) return;
        var q = s.q.trim();
        var text = found.results.length === 0
          ? (found.onlySmallWords ? 'Inga träffar: sök på fler ord än små ord som ”och” och ”att”.' : 'Inga träffar för ”' + q + '”.')
          : found.exact
            ? plural(found.results.length, 'träff', 'träffar') + ' i ' + plural(found.meetings, 'möte', 'möten') + ' för ”' + q + '”' + showing(found.shown) + '.'
            : 'Minst ' + plural(Math.max(found.results.length, found.atLeast.sections), 'träff', 'träffar') + ' i minst ' +
              plural(Math.max(found.meetings, found.atLeast.meetings), 'möte', 'möten') + ' för ”' + q + '”' + showing(found.shown) + '. De bästa visas först.';
        if (s.topic) text += ' Ämne: ' + topicSelect.options[topicSelect.selectedIndex].text + '.';
        if (s.year) text += ' År: ' + s.year + '.';
        if (offer) text += ' Förslag finns nedan.';
        status.textContent = text;
        if (offer) offerSuggestions(offer, s);
      });
    }).catch(function () {
      if (mine !== run) return;
      status.textContent = 'Sökningen kunde inte läsas in. Försök igen om en stund.';
    });
  }

  // The next page: whole meetings, each with its matching sections, until it shows about PAGE sections –
  // as many meetings' data as the sections need, not a file for each of PAGE meetings.
  function showMore(focus) {
    // A newer query may start while this one's files load; only the newest query may touch the list.
    var mine = run;
    var batch = [];
    var sections = 0;
    for (var i = shown; i < current.groups.length && sections < PAGE; i++) {
      batch.push(current.groups[i]);
      sections += current.groups[i].sections.length;
    }
    if (!current.exact && sections < PAGE) {
      // The top entries ran out: read the whole lists once and carry on where the list ends.
      engine.full = true;
      return fill(function () { return engine.needs(current.units, current.filters); }).then(function () {
        if (mine !== run) return null;
        var found = engine.match(current.units, current.filters);
        current = Object.assign(found, { units: current.units, filters: current.filters, groups: groups(found.results) });
        return showMore(focus);
      });
    }
    var paths = unique(batch.map(function (g) { return engine.dataPath(g); }).filter(function (p) { return !engine.has(p); }));
    return load(paths).then(function () {
      if (mine !== run) return;
      var first = null;
      batch.forEach(function (group) {
        var item = render(group);
        list.appendChild(item);
        first = first || item.querySelector('a');
      });
      shown += batch.length;
      more.hidden = shown >= current.groups.length && current.exact;
      if (focus && first) first.focus();
    });
  }

  function render(group) {
    var meeting = engine.meeting(group);
    var item = document.createElement('li');
    var heading = document.createElement('h2');
    var link = document.createElement('a');
    link.href = meeting.u;
    link.appendChild(document.createTextNode(meeting.t + ' '));
    var date = document.createElement('span');
    date.className = 'rubrikdatum';
    var time = document.createElement('time');
    time.dateTime = meeting.d;
    time.textContent = meeting.w;
    date.appendChild(time);
    link.appendChild(date);
    heading.appendChild(link);
    item.appendChild(heading);
    var sections = document.createElement('ul');
    sections.className = 'avsnittstraffar';
    group.sections.forEach(function (r) {
      var data = engine.section(r);
      var section = document.createElement('li');
      if (data.l) section.lang = data.l;
      var title = document.createElement('h3');
      var to = document.createElement('a');
      to.href = data.u;
      to.textContent = data.h || data.t;
      title.appendChild(to);
      section.appendChild(title);
      var asked = askedAbout(data, current.terms);
      var parts = snippet(asked.rest, current.terms, data.l);
      if (parts.length > 0 && (asked.questions.length === 0 || parts.some(function (part) { return part.mark; }))) {
        section.appendChild(marked(document.createElement('p'), parts));
      }
      asked.questions.forEach(function (x) { section.appendChild(question(x)); });
      sections.appendChild(section);
    });
    item.appendChild(sections);
    return item;
  }

  // Parts of a snippet into an element, the matched words in <mark>.
  function marked(element, parts) {
    parts.forEach(function (part) {
      if (part.mark) {
        var mark = document.createElement('mark');
        mark.textContent = part.text;
        element.appendChild(mark);
      } else {
        element.appendChild(document.createTextNode(part.text));
      }
    });
    return element;
  }

  // A question as a result of its own: the question, linking to it in the minutes, and its answer or that none is recorded.
  function question(x) {
    var dl = document.createElement('dl');
    dl.className = 'fraga fragetraff';
    var dt = document.createElement('dt');
    var kind = document.createElement('span');
    kind.className = 'traffsort';
    kind.textContent = 'Fråga: ';
    dt.appendChild(kind);
    var a = marked(document.createElement('a'), snippet([x.q], current.terms));
    a.href = x.u;
    dt.appendChild(a);
    dl.appendChild(dt);
    var dd = document.createElement('dd');
    if (x.a.length > 0) {
      marked(dd, snippet(x.a, current.terms));
    } else {
      dd.className = 'inget-svar';
      dd.textContent = 'Inget svar antecknat';
    }
    dl.appendChild(dd);
    return dl;
  }

  // ---------- Förslag ----------

  function searchLink(text, s) {
    var a = document.createElement('a');
    a.href = urlOf(s);
    a.textContent = text;
    return a;
  }

  function line(items) {
    var li = document.createElement('li');
    items.forEach(function (x) { li.appendChild(typeof x === 'string' ? document.createTextNode(x) : x); });
    return li;
  }

  // Words as "a", "a eller b", "a, b eller c".
  function either(nodes, last) {
    var out = [];
    nodes.forEach(function (node, i) {
      if (i > 0) out.push(i === nodes.length - 1 ? ' ' + last + ' ' : ', ');
      out.push(node);
    });
    return out;
  }

  function offerSuggestions(offer, s) {
    var ul = document.createElement('ul');
    if (offer.words.length > 0) {
      ul.appendChild(line(['Menade du '].concat(either(offer.words.map(function (w) {
        return searchLink(w.word, Object.assign({}, s, { q: w.q }));
      }), 'eller'), ['?'])));
    }
    if (offer.unquoted) {
      ul.appendChild(line(['Sök på orden var för sig: ', searchLink(offer.unquoted, Object.assign({}, s, { q: offer.unquoted })), '.']));
    }
    offer.topics.forEach(function (topic) {
      var a = document.createElement('a');
      a.href = topicsUrl + topic.slug + '/';
      a.textContent = topic.name;
      ul.appendChild(line(['Ämnet ', a, ' tar upp ”' + topic.word + '”.']));
    });
    offer.filters.forEach(function (f) {
      var rest = Object.assign({}, s);
      if (f.drop.indexOf('year') >= 0) rest.year = '';
      if (f.drop.indexOf('topic') >= 0) rest.topic = '';
      var what = f.drop.length === 2 ? 'alla år och ämnen' : f.drop[0] === 'year' ? 'alla år' : 'alla ämnen';
      ul.appendChild(line([searchLink('Sök i ' + what, rest), ' (' + plural(f.count, 'träff', 'träffar') + ').']));
    });
    var meetings = document.createElement('a');
    meetings.href = meetingsUrl;
    meetings.textContent = 'mötena per år';
    var topics = document.createElement('a');
    topics.href = topicsUrl;
    topics.textContent = 'ämnena';
    ul.appendChild(line(['Prova ett annat ord, eller bläddra bland ', meetings, ' och ', topics, '.']));
    var heading = document.createElement('h2');
    heading.textContent = 'Förslag';
    suggestions.replaceChildren(heading, ul);
    suggestions.hidden = false;
  }

  // A suggested search runs here, as a new entry in the history, without loading the page again.
  suggestions.addEventListener('click', function (event) {
    var a = event.target.closest && event.target.closest('a');
    if (!a || a.pathname !== location.pathname || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    history.pushState(null, '', a.getAttribute('href'));
    editing = false;
    fromUrl();
    search().then(function () { input.focus(); });
  });

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
