package org.talentflow.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentflow.model.EntityType;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.text.ScriptConverter;
import org.talentflow.text.Sentence;

/**
 * Finds names and role titles in normalized text, from several sources: the knowledge pack's aliases, parenthetical
 * glosses in either direction ("米拉·穆拉蒂(Mira Murati)", "SamAltman(萨姆·奥尔特曼)"), Latin-script names, run-together
 * ones included ("SamAltman"), organization names ending in a suffix ("Safe Superintelligence Inc."), and a
 * statistical recognizer for Chinese names in sentences that may hold an event. Built once per pack; thread-safe.
 */
public final class MentionFinder {
  /** One Latin name token: Altman, McGrew, D'Angelo, LeCun. */
  private static final String TOKEN = "(?:Mc|Mac|Le|Di|Da|De|O['‘’]|D['‘’])?[A-Z][a-z]+";
  /** Capitalized tokens separated by a space or a hyphen, or run together. */
  private static final Pattern LATIN_NAME = Pattern.compile(TOKEN + "(?:[ \\-]?" + TOKEN + "){0,3}(?: Inc\\.| Inc|Inc\\.)?");
  private static final Pattern SPLIT_TOKENS = Pattern.compile(TOKEN);
  /** Latin text inside brackets after a name: "(Mira Murati)", "(Mira M i)", "(SamAltman)". */
  private static final Pattern LATIN_GLOSS = Pattern.compile("[(]([A-Z][A-Za-z'‘’.\\- ]{1,40})[)]");
  private static final Pattern HAN_GLOSS = Pattern.compile("[(]([\\p{IsHan}·]{2,12})[)]");

  /** Characters that end transliterated names (-r, -s, -d, -t, -k, -f, -m, -n): 苏茨克维尔. */
  private static final String NAME_ENDINGS = "尔斯德特克夫姆恩森顿";

  /** Characters that end a phrase, not a name. */
  /** Function characters that end no three-character Chinese name: the segmenter glued them to the name before. */
  private static final String NEVER_ENDS_NAME = "在是的了和与被将把对从向于为也都就又已曾让给称等因";
  /** What ends a clause in normalized text (full-width punctuation is half-width there). */
  private static final String CLAUSE_END = ",;:。!?\n";
  private static final String FUNCTION_CHARS = "在是的了和与及被将也都就又对从向于为把让给说称等有已因曾正均亦即暂";

  private final KnowledgePack pack;
  private final ScriptConverter converter;
  private final Dictionary<List<KnowledgePack.PackEntity>> aliases;
  private final Dictionary<String> roles;
  private final Dictionary<Boolean> triggerWords;
  private final Dictionary<Boolean> joinWords;
  /** Leaving and joining triggers whose person is their subject ("离开", "加盟"). */
  private final Dictionary<Boolean> movingTriggers;
  /** English role titles, lower case ("head coach", "prime minister"). */
  private final Dictionary<Boolean> englishRoles;
  /** English trigger forms by where the person stands: before ("X resigned") or after ("named X"). */
  private final Dictionary<Boolean> englishSubjectTriggers;
  private final Dictionary<Boolean> englishObjectTriggers;
  private final NameRecognizer ner;
  private final Dictionary<Boolean> bylines;
  private final List<String> polities;
  private final List<String> statePrefixes;
  private final Dictionary<String> orgSuffixes;
  private final java.util.Set<String> weakSuffixes;
  private final Dictionary<Boolean> orgGeneric;
  /** Every organization suffix, Han and Latin, masks excluded: what a name never runs into. */
  private final List<String> allOrgSuffixes;
  private final List<String> latinOrgSuffixes;

  public MentionFinder(KnowledgePack pack, ScriptConverter converter, NameRecognizer ner) {
    this.pack = Objects.requireNonNull(pack, "pack");
    this.converter = Objects.requireNonNull(converter, "converter");
    this.ner = Objects.requireNonNull(ner, "ner");
    Map<String, List<KnowledgePack.PackEntity>> byAlias = new HashMap<>();
    for (KnowledgePack.PackEntity e : pack.entities()) {
      Set<String> forms = new LinkedHashSet<>();
      forms.add(e.canonical());
      forms.addAll(e.aliases());
      for (String form : forms) {
        String key = converter.toSimplified(form);
        List<KnowledgePack.PackEntity> list = byAlias.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(e)) {
          list.add(e);
        }
      }
    }
    this.aliases = new Dictionary<>(byAlias);
    Map<String, String> roleMap = new HashMap<>();
    for (String r : pack.roles()) {
      String key = converter.toSimplified(r.startsWith("!") ? r.substring(1) : r);
      roleMap.put(key, r.startsWith("!") ? "!" + key : key);
    }
    this.roles = new Dictionary<>(roleMap);
    this.bylines = Dictionary.of(pack.clauseCues("byline"), w -> true);
    this.polities = List.copyOf(pack.clauseCues("polity"));
    this.statePrefixes = List.copyOf(pack.clauseCues("state"));
    Map<String, String> suffixes = new HashMap<>();
    for (String x : pack.orgSuffixesWithMasks()) {
      if (!x.isEmpty() && !Dictionary.isLatinLetter(x.charAt(x.startsWith("!") ? 1 : 0))) {
        String key = converter.toSimplified(x.startsWith("!") ? x.substring(1) : x);
        suffixes.put(key, x.startsWith("!") ? "!" + key : key);
      }
    }
    this.orgSuffixes = new Dictionary<>(suffixes);
    this.orgGeneric = Dictionary.of(pack.orgGeneric(), w -> true);
    this.weakSuffixes = pack.weakOrgSuffixes().stream().map(converter::toSimplified)
        .collect(java.util.stream.Collectors.toSet());
    // the value: whether the word is a verb whose person is its object (任命X, 辞退X)
    java.util.Set<String> objectWords = pack.triggers().stream()
        .filter(t -> !t.ignored() && t.person() == KnowledgePack.PersonSlot.OBJECT)
        .map(KnowledgePack.Trigger::word).collect(java.util.stream.Collectors.toSet());
    this.triggerWords = Dictionary.of(pack.triggers().stream().map(KnowledgePack.Trigger::word).toList(),
        objectWords::contains);
    this.movingTriggers = Dictionary.of(pack.triggers().stream()
        .filter(t -> !t.ignored() && t.person() == KnowledgePack.PersonSlot.SUBJECT
            && (t.type() == org.talentflow.model.EventType.LEFT || t.type() == org.talentflow.model.EventType.JOINED
                || t.type() == org.talentflow.model.EventType.APPOINTED))
        .map(KnowledgePack.Trigger::word).toList(), w -> true);
    this.joinWords = Dictionary.of(pack.triggers().stream()
        .filter(t -> t.type() == org.talentflow.model.EventType.JOINED && t.slot() == KnowledgePack.OrgSlot.AFTER)
        .map(KnowledgePack.Trigger::word).toList(), w -> true);
    this.englishRoles = Dictionary.of(pack.englishRoles(), w -> true);
    this.englishSubjectTriggers = Dictionary.of(pack.englishTriggers().stream()
        .filter(t -> !t.ignored() && t.person() == KnowledgePack.PersonSlot.SUBJECT && t.slot() != KnowledgePack.OrgSlot.TITLE)
        .map(KnowledgePack.Trigger::word).toList(), w -> true);
    this.englishObjectTriggers = Dictionary.of(pack.englishTriggers().stream()
        .filter(t -> !t.ignored() && t.person() == KnowledgePack.PersonSlot.OBJECT)
        .map(KnowledgePack.Trigger::word).toList(), w -> true);
    this.allOrgSuffixes = pack.orgSuffixes();
    this.latinOrgSuffixes = allOrgSuffixes.stream().filter(s -> Dictionary.isLatinLetter(s.charAt(0))).toList();
  }

  public Mentions find(String text, List<Sentence> sentences) {
    List<Mention> found = new ArrayList<>();
    List<int[]> glossPairs = new ArrayList<>();
    packMentions(text, found);
    glossMentions(text, found, glossPairs);
    List<MatchResult> latinNames = fromCapitals(LATIN_NAME, text);
    latinMentions(text, latinNames, found);
    nerMentions(text, sentences, found);
    bylineMentions(text, found);
    anonymizedMentions(text, found);
    List<RoleMention> roles = roleMentions(text, found);
    List<Dictionary.Hit<Boolean>> triggerHits = triggerWords.longest(text);
    appointeeMentions(text, triggerHits, found, roles);
    titledMentions(text, found, roles);
    orgMentions(text, triggerHits, found, roles);
    latinOrgMentions(text, latinNames, found, false);
    latinOrgMentions(text, fromCapitals(ACRONYM, text), found, true);
    mediaMentions(text, found);
    partMentions(text, found);
    joinedMentions(text, found);
    return assemble(found, glossPairs, roles);
  }

  private void packMentions(String text, List<Mention> out) {
    for (Dictionary.Hit<List<KnowledgePack.PackEntity>> h : aliases.longest(text)) {
      KnowledgePack.PackEntity e = h.value().get(0); // an alias shared by two pack entities: the first listed
      int end = h.end();
      if (e.type() == EntityType.PERSON && pack.isTransliteration(text.substring(h.start(), end))) {
        while (end < text.length() && end < h.end() + 1 && NAME_ENDINGS.indexOf(text.charAt(end)) >= 0) {
          end++; // the written form may be longer than the listed one: 苏茨克维 in 苏茨克维尔 (not 奥特曼 in 奥特曼彻底)
        }
      }
      out.add(new Mention(e.type(), h.start(), end, text.substring(h.start(), end), "pack", e.id()));
    }
  }

  /**
   * Names standing right after a title are people ("主教练波特", "局长张明"): a transliteration run, or a Chinese
   * surname with one or two more characters. A name right before a title that a person follows is the employer
   * ("利物浦主帅克洛普", "特斯拉CEO马斯克").
   */
  private void titledMentions(String text, List<Mention> found, List<RoleMention> roles) {
    boolean[] taken = new boolean[text.length()];
    for (Mention m : found) {
      java.util.Arrays.fill(taken, m.start(), m.end(), true);
    }
    for (RoleMention r : roles) {
      int s = r.end();
      if (s >= text.length()) {
        continue;
      }
      if (taken[s]) {
        if (startsAt(found, s, EntityType.PERSON)) {
          employerBeforeTitle(text, r, found, taken, true); // "推特创始人杰克·多尔西", the name found by another rule
        }
        continue;
      }
      if (OFFICE.matcher(text).region(s, Math.min(text.length(), s + 3)).lookingAt()) {
        employerBeforeTitle(text, r, found, taken, true); // "辞去中国男足主教练职务": the office of an employer
        continue;
      }
      int e = s;
      if (pack.isTranslitChar(text.charAt(s))) {
        e = translitRun(text, s, taken);
      }
      if (e - s < 2 && pack.isSurname(text.charAt(s)) && text.indexOf('·', s) != s + 2) { // 康斯坦丁, 康义; not 鲍勃·
        e = s + 1;
        while (e < text.length() && e < s + 3 && isHan(text.charAt(e)) && FUNCTION_CHARS.indexOf(text.charAt(e)) < 0
            && !taken[e] && !startsTrigger(text, e)) {
          e++;
        }
      }
      while (e > s && text.charAt(e - 1) == '·') {
        e--;
      }
      if (e - s < 2 || startsTrigger(text, s)) {
        continue;
      }
      // the name ends where a trigger or a function word begins
      for (int k = s + 1; k < e; k++) {
        if (startsTrigger(text, k)) {
          e = k;
          break;
        }
      }
      e = trimAdverbTail(text, s, e);
      if (e - s >= 2 && !ner.isCommonWord(text.substring(s, e))) {
        found.add(new Mention(EntityType.PERSON, s, e, text.substring(s, e), "titled", truncatedPackId(text, s, e)));
        java.util.Arrays.fill(taken, s, e, true);
        employerBeforeTitle(text, r, found, taken, false);
      }
    }
  }

  /**
   * The end of the transliterated name starting at {@code s}: standard transliteration characters, and at most one
   * other character between two of them ("科再奇", Krzanich). A name with such a character ends before a function
   * character ("科再奇因违反"); one of standard characters only may end in one (克莱因).
   */
  private int translitRun(String text, int s, boolean[] taken) {
    int e = s;
    int others = 0;
    while (e < text.length() && e < s + 8 && !taken[e]) {
      char c = text.charAt(e);
      boolean other = !pack.isTranslitChar(c) && c != '·';
      if (other && (others > 0 || e == s || !isHan(c) || FUNCTION_CHARS.indexOf(c) >= 0 || e + 1 >= text.length()
          || !pack.isTranslitChar(text.charAt(e + 1)) || ner.isCommonWord(text.substring(e, e + 2))
          || startsTrigger(text, e))) {
        break;
      }
      if (others > 0 && FUNCTION_CHARS.indexOf(c) >= 0) {
        break;
      }
      others += other ? 1 : 0;
      e++;
    }
    return e;
  }

  /**
   * What one joins is an organization, named or not yet known ("加盟小鹏汽车"): the noun phrase right after a joining
   * verb, when no mention starts there, is one if it holds a proper name and is no description ("一家初创公司").
   */
  private void joinedMentions(String text, List<Mention> found) {
    for (Dictionary.Hit<Boolean> h : joinWords.longest(text)) {
      int s = h.end();
      if (s < text.length() && text.charAt(s) == '了') {
        s++;
      }
      if (s >= text.length() || startsAt(found, s, null) || !personInClauseBefore(text, found, h.start())) {
        continue; // only where someone joins: "加入星计划,您可以享受" is an invitation
      }
      int limit = s;
      while (limit < text.length() && limit < s + 16 && (isHan(text.charAt(limit))
          || Dictionary.isLatinLetter(text.charAt(limit)) || Character.isDigit(text.charAt(limit)))) {
        limit++;
      }
      int e = s + ner.leadingNounPhrase(text.substring(s, limit));
      int start = stripGeneric(text, s, e);
      e = stripGenericEnd(text, start, e);
      // "转投对家Anthropic": a word right before a name describes it
      if (e - start >= 2 && !overlapsMention(found, s, e) && !startsAt(found, e, EntityType.ORG)
          && namedStrictly(text.substring(start, e))) {
        found.add(new Mention(EntityType.ORG, start, e, text.substring(start, e), "joined", null));
      }
    }
  }

  private static boolean personInClauseBefore(String text, List<Mention> found, int at) {
    int clause = at;
    while (clause > 0 && ",;:。!?\n".indexOf(text.charAt(clause - 1)) < 0) {
      clause--;
    }
    for (Mention m : found) {
      if (m.type() == EntityType.PERSON && m.start() >= clause && m.end() <= at) {
        return true;
      }
    }
    return false;
  }

  /** Whether a mention of {@code type} (any type when null) starts at {@code at}. */
  private static boolean startsAt(List<Mention> found, int at, EntityType type) {
    for (Mention m : found) {
      if (m.start() == at && (type == null || m.type() == type)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsPerson(List<Mention> found, int s, int e) {
    return found.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.start() < e && s < m.end());
  }

  private static boolean overlapsMention(List<Mention> found, int s, int e) {
    for (Mention m : found) {
      if (m.start() < e && s < m.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name cut off at the end of a line (a teaser: "董事会主席格雷") that begins exactly one pack person's Han alias is
   * that person; otherwise null.
   */
  private String truncatedPackId(String text, int s, int e) {
    if (e < text.length() && text.charAt(e) != '\n') {
      return null;
    }
    String prefix = text.substring(s, e);
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (KnowledgePack.PackEntity p : pack.entities()) {
      if (p.type() != EntityType.PERSON) {
        continue;
      }
      for (String a : p.aliases()) {
        if (a.length() > prefix.length() && converter.toSimplified(a).startsWith(prefix)) {
          ids.add(p.id());
        }
      }
    }
    return ids.size() == 1 ? ids.iterator().next() : null;
  }

  /**
   * The employer named right before a title. {@code strict}: the title's person was not found through the title, so
   * the name must be a tagged one ("中国男足", "OPPO") or a brand before its trade, not just a word the dictionary
   * lacks ("研究组"), and no description ("核心AI").
   */
  private void employerBeforeTitle(String text, RoleMention r, List<Mention> found, boolean[] taken, boolean strict) {
    int e = r.start();
    if (e == 0 || taken[e - 1] || e < text.length() && taken[e]) {
      return;
    }
    int s = e;
    while (s > 0 && s > e - 8 && (isHan(text.charAt(s - 1)) || Dictionary.isLatinLetter(text.charAt(s - 1)))
        && ORG_STOP.indexOf(text.charAt(s - 1)) < 0 && !taken[s - 1]) {
      s--;
    }
    while (e > s && "原前现".indexOf(text.charAt(e - 1)) >= 0) {
      e--; // "长城汽车原总裁": the employer is 长城汽车, 原 dates the title
    }
    s += ner.nameStart(text.substring(s, e));
    s = stripGeneric(text, s, e);
    if (strict) {
      e = stripGenericEnd(text, s, e);
    }
    if (e - s >= 2 && (strict ? namedStrictly(text.substring(s, e)) : ner.hasProperName(text.substring(s, e)))
        && !startsTrigger(text, s)) {
      found.add(new Mention(EntityType.ORG, s, e, text.substring(s, e), "employer", null));
      java.util.Arrays.fill(taken, s, e, true);
    }
  }

  /**
   * A three-character Chinese name whose last character begins an adverb or conjunction with the next one ("赵磊相继离职")
   * is a two-character name: the adverb took its first character.
   */
  private int trimAdverbTail(String text, int start, int end) {
    if (end - start == 3 && end < text.length() && pack.isSurname(text.charAt(start))
        && ner.isFunctionWord(text.substring(end - 1, end + 1))) {
      return end - 1;
    }
    return end;
  }

  private boolean startsTrigger(String text, int at) {
    for (Dictionary.Hit<Boolean> t : triggerWords.all(text, at, Math.min(text.length(), at + 5))) {
      if (t.start() == at) {
        return true;
      }
    }
    return false;
  }

  /** Both sides of "Han name(Latin Name)" and "LatinName(Han name)" become mentions, linked to each other. */
  private void glossMentions(String text, List<Mention> out, List<int[]> pairs) {
    Matcher m = LATIN_GLOSS.matcher(text);
    while (m.find()) {
      int hanEnd = m.start();
      int hanStart = hanNameStart(text, hanEnd);
      if (hanStart < 0) {
        continue;
      }
      String latin = m.group(1).strip();
      EntityType type = latinLooksLikeOrg(latin) ? EntityType.ORG : EntityType.PERSON;
      // a transliterated full name ("内德·西格尔") vouches for its gloss even when the given name is not listed
      boolean transliterated = text.substring(hanStart, hanEnd).indexOf('·') > 0 && latin.contains(" ");
      if (type == EntityType.PERSON && !latinLooksLikePerson(latin) && !transliterated) {
        continue;
      }
      int a = addGloss(out, type, hanStart, hanEnd, text);
      int b = addGloss(out, type, m.start(1), m.start(1) + latin.length(), text);
      pairs.add(new int[] {a, b});
    }
    Matcher h = HAN_GLOSS.matcher(text);
    while (h.find()) {
      int latinEnd = h.start();
      int latinStart = latinEnd;
      while (latinStart > 0 && (Dictionary.isLatinLetter(text.charAt(latinStart - 1)) || text.charAt(latinStart - 1) == ' ')) {
        latinStart--;
      }
      while (latinStart < latinEnd && text.charAt(latinStart) == ' ') {
        latinStart++;
      }
      if (latinEnd - latinStart < 3) {
        continue;
      }
      String latin = text.substring(latinStart, latinEnd);
      if (!latinLooksLikePerson(latin)) {
        continue;
      }
      int a = addGloss(out, EntityType.PERSON, latinStart, latinEnd, text);
      int b = addGloss(out, EntityType.PERSON, h.start(1), h.end(1), text);
      pairs.add(new int[] {a, b});
    }
  }

  private static int addGloss(List<Mention> out, EntityType type, int s, int e, String text) {
    out.add(new Mention(type, s, e, text.substring(s, e), "gloss", null));
    return out.size() - 1;
  }

  /**
   * Where the Han name ending at {@code end} starts: a run of transliteration characters and "·" (米拉·穆拉蒂), or a
   * single Chinese surname (邓 in "邓(PeterDeng)"); -1 when there is no name there.
   */
  int hanNameStart(String text, int end) {
    int s = end;
    while (s > 0 && s > end - 12) {
      char c = text.charAt(s - 1);
      if (pack.isTranslitChar(c) || (c == '·' && s < end)) {
        s--;
      } else {
        break;
      }
    }
    while (s < end && text.charAt(s) == '·') {
      s++;
    }
    if (end - s >= 2) {
      return s;
    }
    // a single character only when it is a Chinese surname: "邓(PeterDeng)"
    return end > 0 && pack.isSurname(text.charAt(end - 1)) ? end - 1 : -1;
  }

  private boolean latinLooksLikeOrg(String latin) {
    for (String suffix : latinOrgSuffixes) {
      if (latin.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** A Latin string names a person when its first token is a known given name ("Mira M i" too). */
  boolean latinLooksLikePerson(String latin) {
    Matcher t = SPLIT_TOKENS.matcher(latin);
    if (!t.find() || t.start() != 0) {
      return false;
    }
    return pack.isGivenName(t.group()) && latin.length() > t.end();
  }

  /**
   * The matches of a pattern whose matches all begin with a capital Latin letter, tried only at capitals: the same
   * as {@link Matcher#find()} over the text, without trying the pattern at every Han character.
   */
  static List<MatchResult> fromCapitals(Pattern p, String text) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    m.useTransparentBounds(true);
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z' && m.region(i, n).lookingAt()) {
        out.add(m.toMatchResult());
        i = m.end() - 1;
      }
    }
    return out;
  }

  private void latinMentions(String text, List<MatchResult> latinNames, List<Mention> out) {
    String lower = null;
    for (MatchResult m : latinNames) {
      int s = m.start();
      int e = m.end();
      if (!Dictionary.latinEdgesOk(text, s, e)) {
        continue;
      }
      String name = m.group();
      List<String> tokens = tokens(name);
      boolean english = inEnglish(text, s, e);
      if (english && lower == null) {
        lower = asciiLower(text);
      }
      if (english && tokens.size() >= 2) {
        // "Prime Minister Boris Johnson": the title is no part of the name
        for (Dictionary.Hit<Boolean> r : englishRoles.all(lower, s, e)) {
          if (r.start() == s && r.end() < e && text.charAt(r.end()) == ' ') {
            s = r.end() + 1;
          }
        }
        name = text.substring(s, e);
        tokens = tokens(name);
      }
      if (latinLooksLikeOrg(name)) {
        out.add(new Mention(EntityType.ORG, s, e, name, "latin", null));
      } else if (tokens.size() >= 2 && tokens.size() <= 3 && pack.isGivenName(tokens.get(0))) {
        out.add(new Mention(EntityType.PERSON, s, e, name, "latin", null));
      } else if (tokens.size() >= 2 && tokens.size() <= 3 && english && personByContext(text, lower, s, e)) {
        out.add(new Mention(EntityType.PERSON, s, e, name, "latin-context", null));
      } else if (tokens.size() == 1 && !english && !pack.isNerNoise(name)) {
        // a lone Latin word in Chinese text is a first name or a family name; in English text, any capital
        if (pack.isGivenName(name)) {
          out.add(new Mention(EntityType.PERSON, s, e, name, "given", null));
        } else if (name.length() >= 4) {
          out.add(new Mention(EntityType.PERSON, s, e, name, "surname", null));
        }
      }
    }
  }

  /**
   * A capitalized name in English text is a person's when a title stands right before it ("head coach Graham
   * Potter"), a title follows it in apposition ("Graham Potter, the club's manager"), or it is the subject or the
   * object of a personnel trigger ("Graham Potter resigned", "sacked Graham Potter").
   */
  private boolean personByContext(String text, String lower, int s, int e) {
    for (Dictionary.Hit<Boolean> r : englishRoles.all(lower, Math.max(0, s - 40), Math.max(0, s - 1))) {
      if (r.end() == s - 1 && text.charAt(s - 1) == ' ') {
        return true;
      }
    }
    Matcher apposition = APPOSITION.matcher(text).region(e, Math.min(text.length(), e + 40));
    if (apposition.lookingAt()
        && englishRoles.all(lower, apposition.end(), Math.min(text.length(), apposition.end() + 40)).stream()
            .anyMatch(r -> r.start() == apposition.end())) {
      return true;
    }
    Matcher aux = AUXILIARY.matcher(lower).region(e, Math.min(text.length(), e + 20));
    int verb = aux.lookingAt() ? aux.end() : e + 1;
    if (e < text.length() && text.charAt(e) == ' ' && englishSubjectTriggers.all(lower, verb,
        Math.min(text.length(), verb + 20)).stream().anyMatch(t -> t.start() == verb)) {
      return true;
    }
    if (s > 0 && text.charAt(s - 1) == ' '
        && englishObjectTriggers.all(lower, Math.max(0, s - 20), s - 1).stream().anyMatch(t -> t.end() == s - 1)) {
      return true;
    }
    // "Jurgen Klopp announced on Friday that he will leave": a name that speaks and is then "he" or "she"
    Matcher speaks = SPEAKS.matcher(lower).region(e, Math.min(text.length(), e + 120));
    return speaks.lookingAt();
  }

  /** A name's own speech verb, then, in the same sentence, a personal pronoun that takes it up. */
  private static final Pattern SPEAKS = Pattern.compile(
      " (?:said|says|announced|announces|told|confirmed|wrote)\\b[^.;!?]{0,80}?\\b(?:he|she)\\b");

  /** ", the club's ", ", its ", ", Apple's ": what stands between a name and its title in apposition. */
  private static final Pattern APPOSITION = Pattern.compile(", (?:(?:the|its|his|her|a|an|former) )*(?:[\\w.&-]+'s )?");
  private static final Pattern AUXILIARY = Pattern.compile(" (?:has|had|have|will|would|was|is|has been|had been) ");

  /**
   * Whether a Latin name stands in English text: no Han character right beside it, and more Latin letters than Han
   * characters around it.
   */
  static boolean inEnglish(String text, int s, int e) {
    if (s > 0 && isHan(text.charAt(s - 1)) || e < text.length() && isHan(text.charAt(e))) {
      return false; // "据Sam Altman表示": a name between Chinese words
    }
    int latin = 0;
    int han = 0;
    for (int i = Math.max(0, s - 30); i < Math.min(text.length(), e + 30); i++) {
      char c = text.charAt(i);
      if (i >= s && i < e) {
        continue;
      }
      if (Dictionary.isLatinLetter(c)) {
        latin++;
      } else if (isHan(c)) {
        han++;
      }
    }
    return latin > 2 * han && latin >= 8;
  }

  /** Lower case for ASCII letters only, so every offset stays where it was. */
  public static String asciiLower(String t) {
    char[] c = t.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') {
        c[i] = (char) (c[i] + 32);
      }
    }
    return new String(c);
  }

  static List<String> tokens(String latin) {
    List<String> out = new ArrayList<>();
    Matcher t = SPLIT_TOKENS.matcher(latin);
    while (t.find()) {
      out.add(t.group());
    }
    return out;
  }

  /**
   * The first and last parts of every Han full name found ("米拉·穆拉蒂" gives "穆拉蒂" and "米拉") are searched
   * for again: articles name a person in full once, then by family name. Resolution links them.
   */
  private void partMentions(String text, List<Mention> found) {
    Set<String> parts = new LinkedHashSet<>();
    for (Mention m : found) {
      List<String> latin = m.type() == EntityType.PERSON && m.text().indexOf(' ') > 0 ? tokens(m.text()) : List.of();
      if (latin.size() >= 2 && latin.get(latin.size() - 1).length() >= 3) {
        parts.add(latin.get(latin.size() - 1)); // "Jan Leike" ... "Leike later joined"
      }
      if (m.type() == EntityType.PERSON && m.text().indexOf('·') > 0) {
        String[] p = m.text().split("·");
        for (String part : new String[] {p[0], p[p.length - 1]}) {
          if (part.length() >= 2) {
            parts.add(part);
          }
        }
      }
    }
    if (parts.isEmpty()) {
      return;
    }
    Dictionary<Boolean> dict = Dictionary.of(parts, x -> true);
    for (Dictionary.Hit<Boolean> h : dict.longest(text)) {
      int s = h.start();
      int e = h.end();
      boolean insideLonger = (s > 0 && text.charAt(s - 1) == '·') || (e < text.length() && text.charAt(e) == '·')
          || Dictionary.isLatinLetter(text.charAt(s)) && overlapsMention(found, s, e);
      if (!insideLonger) {
        found.add(new Mention(EntityType.PERSON, s, e, text.substring(s, e), "part", null));
      }
    }
  }

  /** Characters that end an organization name on its left: "在上海交通大学" starts after 在. */
  private static final Pattern ACRONYM = Pattern.compile("(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])");

  private boolean isRole(String word) {
    for (Dictionary.Hit<String> h : roles.all(word, 0, word.length())) {
      if (h.start() == 0 && h.end() == word.length()) {
        return true;
      }
    }
    return false;
  }

  /** Words after a title that make it an office ("主教练职务", "董事长一职"), held at the name before the title. */
  private static final Pattern OFFICE = Pattern.compile("(?:的)?(?:职务|一职|职位|岗位)");
  private static final String ORG_STOP = "的在是了和被由从向对为将于等及以其也并而或据把让给称说";
  /** A suffix followed this closely by another one is inside a longer name: 中国公司治理研究院. */
  private static final int INNER_SUFFIX_GAP = 4;

  /**
   * Organizations named by their kind: a run of Han (or Latin) characters ending in a pack suffix (上海交通大学,
   * 美国网络司令部, RAND公司). The run stops at function words, names, titles and triggers; generic descriptions
   * ("人工智能公司") are dropped unless the rest holds a proper name or the candidate directly follows another
   * organization (a unit of it: 乔治城大学安全与新兴技术中心); a known organization plus 公司/集团 is that organization.
   */
  private void orgMentions(String text, List<Dictionary.Hit<Boolean>> triggerHits, List<Mention> found,
      List<RoleMention> roles) {
    int n = text.length();
    boolean[] blocked = new boolean[n];
    java.util.Set<Integer> orgEnds = new java.util.HashSet<>();
    for (Mention m : found) {
      if (m.type() == EntityType.ORG) {
        orgEnds.add(m.end());
      } else if (!m.source().equals("ner")) {
        java.util.Arrays.fill(blocked, m.start(), m.end(), true);
      }
    }
    for (RoleMention r : roles) {
      java.util.Arrays.fill(blocked, r.start(), r.end(), true);
    }
    for (Dictionary.Hit<Boolean> t : triggerHits) {
      java.util.Arrays.fill(blocked, t.start(), t.end(), true);
    }
    List<Dictionary.Hit<String>> hits = orgSuffixes.longest(text);
    for (int k = 0; k < hits.size(); k++) {
      Dictionary.Hit<String> h = hits.get(k);
      if (h.value().startsWith("!") || blocked[h.start()]
          || h.start() > 0 && ner.isVerb(text.substring(h.start() - 1, h.end()))) {
        continue; // "曾带队赢得": 队 ends the verb 带队, no name
      }
      if (weakSuffixes.contains(h.value()) && k + 1 < hits.size() && innerSuffix(text, h, hits.get(k + 1), blocked)) {
        continue;
      }
      int i = h.start();
      while (i > 0 && i > h.start() - 12 && !orgEnds.contains(i)) {
        char c = text.charAt(i - 1);
        if (!(isHan(c) || Dictionary.isLatinLetter(c) || Character.isDigit(c)) || ORG_STOP.indexOf(c) >= 0
            || blocked[i - 1]) {
          break;
        }
        i--;
      }
      boolean chained = orgEnds.contains(i) && i > 0;
      Mention before = orgEndingAt(found, h.start());
      if (before != null) {
        // a known organization right before the suffix: 阿里巴巴集团 is Alibaba, 腾讯科技 is an outlet of its own
        boolean same = h.value().equals("公司") || h.value().equals("集团") || h.value().equals("俱乐部");
        found.add(new Mention(EntityType.ORG, before.start(), h.end(), text.substring(before.start(), h.end()),
            "org+suffix", same ? before.packId() : null));
        orgEnds.add(h.end());
        continue;
      }
      if (!chained) {
        i += ner.nameStart(text.substring(i, h.start())); // not over verbs: "员工多来自大型科技公司"
      }
      while (!chained && i < h.start() && (text.charAt(i) == '与' || text.charAt(i) == '和')) {
        i++; // "与XX大学合作": the conjunction is no part of the name
      }
      int nameStart = stripGeneric(text, i, h.start());
      if (h.start() - nameStart < 2) {
        continue;
      }
      String namePart = text.substring(nameStart, h.start());
      if (!chained && !ner.hasProperName(namePart) && statePrefixes.stream().noneMatch(namePart::startsWith)) {
        continue; // "国家统计局": common words, but a public body's name
      }
      if (startsAt(found, h.end(), EntityType.ORG) && h.end() - h.start() >= 2) {
        continue; // "西甲球队皇家马德里": a class noun right before a name describes it, in apposition
      }
      found.add(new Mention(EntityType.ORG, nameStart, h.end(), text.substring(nameStart, h.end()), "suffix", null));
      orgEnds.add(h.end());
    }
  }

  private static Mention orgEndingAt(List<Mention> found, int end) {
    for (Mention m : found) {
      if (m.type() == EntityType.ORG && m.end() == end && !m.source().equals("suffix")) {
        return m;
      }
    }
    return null;
  }

  private static boolean innerSuffix(String text, Dictionary.Hit<String> h, Dictionary.Hit<String> next,
      boolean[] blocked) {
    if (next.value().startsWith("!") || next.start() - h.end() > INNER_SUFFIX_GAP || next.start() < h.end()) {
      return false;
    }
    for (int i = h.end(); i < next.start(); i++) {
      if (!isHan(text.charAt(i)) || ORG_STOP.indexOf(text.charAt(i)) >= 0 || blocked[i]) {
        return false;
      }
    }
    return true;
  }

  /** Skips generic words at the left of a candidate ("该", "人工智能", "初创"); returns where the name starts. */
  /** Where a candidate ends once generic words at its end are dropped ("核心AI" is 核心: no name is left). */
  private int stripGenericEnd(String text, int from, int to) {
    int at = to;
    boolean changed = true;
    while (changed && at > from) {
      changed = false;
      for (Dictionary.Hit<Boolean> g : orgGeneric.all(text, from, at)) {
        if (g.end() == at && g.start() > from) {
          at = g.start();
          changed = true;
          break;
        }
      }
    }
    return at;
  }

  private boolean namedStrictly(String phrase) {
    return (!ner.isPlace(phrase) || isPolity(phrase)) && (ner.hasTaggedName(phrase) || ner.hasUnknownHead(phrase));
  }

  /** A place named with its administrative unit, "哈尔滨市": its government. */
  private boolean isPolity(String place) {
    return polities.stream().anyMatch(u -> place.length() > u.length() && place.endsWith(u));
  }

  private int stripGeneric(String text, int from, int to) {
    int at = from;
    boolean changed = true;
    while (changed && at < to) {
      changed = false;
      for (Dictionary.Hit<Boolean> g : orgGeneric.all(text, at, to)) {
        if (g.start() == at) {
          at = g.end();
          changed = true;
          break;
        }
      }
    }
    return at;
  }

  /** News outlets named by how reports cite them: "来源:华尔街见闻", "《纽约时报》报道", "接受第一财经采访". */
  private void mediaMentions(String text, List<Mention> found) {
    for (Pattern p : pack.mediaContexts()) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int s = m.start(1);
        int e = m.end(1);
        String name = text.substring(s, e).strip();
        if (name.length() >= 2 && !name.contains("·") && stripGeneric(text, s, e) == s) {
          found.add(new Mention(EntityType.ORG, s, s + name.length(), name, "media", null));
        }
      }
    }
  }

  /** "机器人公司Covariant", "Meta、Nextdoor等公司": a Latin name in an organization's place. */
  private void latinOrgMentions(String text, List<MatchResult> matches, List<Mention> found, boolean acronyms) {
    for (MatchResult m : matches) {
      int s = m.start();
      int e = m.end();
      boolean single = !acronyms && m.group().indexOf(' ') < 0 && tokens(m.group()).size() == 1;
      if (!Dictionary.latinEdgesOk(text, s, e)
          || !acronyms && pack.isGivenName(tokens(m.group()).get(0)) && !(single && inEnglish(text, s, e))
          || !acronyms && overlapsPerson(found, s, e) && inEnglish(text, s, e)
          || acronyms && (isRole(m.group()) || overlapsMention(found, s, e))) {
        continue; // a first name is a person's, but in English a lone capital word may well be a club ("Chelsea")
      }
      boolean acronym = acronyms;
      for (String[] ctx : pack.orgContexts()) {
        String side = ctx[0];
        if (side.startsWith("acronym-")) {
          if (!acronym) {
            continue;
          }
          side = side.substring("acronym-".length());
        }
        // an English context word stands one space away: "joined Anthropic", "Chelsea have sacked"
        String word = Dictionary.isLatinLetter(ctx[1].charAt(0)) ? (side.equals("before") ? ctx[1] + " " : " " + ctx[1])
            : ctx[1];
        boolean hit = side.equals("before") ? s >= word.length() && text.startsWith(word, s - word.length())
            : text.startsWith(word, e);
        if (hit) {
          int from = acronyms ? s : acronymBefore(text, s); // "NBC News", "BBC World Service"
          found.add(new Mention(EntityType.ORG, from, e, text.substring(from, e), "latin-org", null));
          break;
        }
      }
    }
  }

  /** Where an all-capitals word and a space right before a name begin ("NBC" of "NBC News"), else the name's start. */
  private static int acronymBefore(String text, int s) {
    int a = s - 1;
    if (a < 2 || text.charAt(a) != ' ') {
      return s;
    }
    while (a > 0 && Character.isUpperCase(text.charAt(a - 1)) && text.charAt(a - 1) < 128) {
      a--;
    }
    boolean word = a == 0 || !Dictionary.isLatinLetter(text.charAt(a - 1));
    return word && s - 1 - a >= 2 && s - 1 - a <= 5 ? a : s;
  }

  /**
   * "张某", "李某某": a person the report names by surname only. Not the last character of a word before 某 ("公司某
   * 高管": 司 ends 公司), nor 某 beginning a word ("某些", "某种").
   */
  private void anonymizedMentions(String text, List<Mention> found) {
    for (int k = text.indexOf('某', 1); k >= 0; k = text.indexOf('某', k + 1)) {
      int j = k - 1;
      int end = k + 1 < text.length() && text.charAt(k + 1) == '某' ? k + 2 : k + 1;
      boolean word = end < text.length() && "些种人样处地天时".indexOf(text.charAt(end)) >= 0;
      if (!pack.isSurname(text.charAt(j)) || word || j > 0 && ner.isCommonWord(text.substring(j - 1, j + 1))
          || overlapsMention(found, j, end)) {
        continue;
      }
      found.add(new Mention(EntityType.PERSON, j, end, text.substring(j, end), "titled", null));
    }
  }

  /** "作者 | 陈骏达", "(腾讯科技特约编译/无忌)": the writer named after a byline label. */
  private void bylineMentions(String text, List<Mention> found) {
    for (Dictionary.Hit<Boolean> h : bylines.longest(text)) {
      int i = h.end();
      while (i < text.length() && i < h.end() + 4 && " |/:?｜丨".indexOf(text.charAt(i)) >= 0) {
        i++;
      }
      if (i == h.end()) {
        continue; // "编辑部", "作者们": the label must be followed by a separator
      }
      int j = i;
      while (j < text.length() && j < i + 4 && isHan(text.charAt(j))) {
        j++;
      }
      boolean ends = j == text.length() || !isHan(text.charAt(j));
      if (j - i >= 2 && ends) {
        found.add(new Mention(EntityType.PERSON, i, j, text.substring(i, j), "byline", null));
      }
    }
  }

  /** The statistical recognizer runs only on sentences holding a trigger word: that is where names matter most. */
  private void nerMentions(String text, List<Sentence> sentences, List<Mention> out) {
    for (Sentence s : sentences) {
      List<Dictionary.Hit<Boolean>> sentenceTriggers = triggerWords.all(text, s.start(), s.end());
      if (sentenceTriggers.isEmpty()) {
        continue;
      }
      // the recognizer reads up to the end of the last trigger's clause: names after it take no part in the
      // sentence's events (other rules still find names everywhere), and its cost is most of the pipeline's
      int last = sentenceTriggers.stream().mapToInt(Dictionary.Hit::end).max().orElse(s.start());
      int cut = last;
      while (cut < s.end() && "，,；;：:".indexOf(text.charAt(cut)) < 0) {
        cut++;
      }
      for (NameRecognizer.Span span : ner.persons(text.substring(s.start(), cut))) {
        int a = s.start() + span.start();
        int b = s.start() + span.end();
        if (allTranslit(text, a, b)) {
          // a transliterated name cut short by the segmenter ("布罗克" of 布罗克曼): take the whole run
          while (a > s.start() && (pack.isTranslitChar(text.charAt(a - 1)) || text.charAt(a - 1) == '·')
              && !(a - 2 >= s.start() && ner.isCommonWord(text.substring(a - 2, a)))) {
            a--; // but not into a word: "公布马斯克" is 公布 + 马斯克
          }
          while (b < s.end() && (pack.isTranslitChar(text.charAt(b)) || text.charAt(b) == '·')) {
            b++;
          }
          while (a < b && text.charAt(a) == '·') {
            a++;
          }
        }
        for (Dictionary.Hit<Boolean> t : sentenceTriggers) {
          if (t.start() >= a && t.start() < b) {
            b = t.start(); // a name never runs into a trigger: "史密斯加盟" is 史密斯 + 加盟
          } else if (t.start() < a && t.end() > a) {
            a = Math.min(b, t.end()); // nor out of one: "同志任星海..." is 同志任 + 星海
          }
        }
        while (b > a && text.charAt(b - 1) == '·') {
          b--;
        }
        b = trimAdverbTail(text, a, b);
        if (b - a == 3 && pack.isSurname(text.charAt(a)) && NEVER_ENDS_NAME.indexOf(text.charAt(b - 1)) >= 0) {
          b--; // "任命李明为/nr": the preposition after the name, taken into it
        }
        if (b - a < 2) {
          continue;
        }
        if (followedByRole(text, b)) {
          continue; // "特斯拉CEO马斯克": a name before a title is the employer, not a person
        }
        String name = text.substring(a, b);
        if (acceptNer(name, text, b) || shortForeignName(name, span, text, b)) {
          out.add(new Mention(EntityType.PERSON, a, b, name, "ner", null));
        }
      }
      translitSubjects(text, s.start(), cut, out);
    }
  }

  /**
   * "克洛普宣布将在赛季结束后离开利物浦": a run of transliteration characters that opens a clause, is no word the
   * dictionaries know, and whose clause goes on to a leaving, joining or taking office with no other name between, is
   * its subject: a foreign name the recognizer cut into single characters. Clubs and companies announce dismissals and
   * appointments, which are no such verbs; one takes office himself ("图赫尔接任"), a club does not.
   */
  private void translitSubjects(String text, int from, int to, List<Mention> out) {
    for (int c = from; c < to; c++) {
      if (c > from && "，,；;：:".indexOf(text.charAt(c - 1)) < 0) {
        continue;
      }
      int e = c;
      while (e < to && e < c + 8 && (pack.isTranslitChar(text.charAt(e)) || text.charAt(e) == '·')) {
        e++;
      }
      if (e - c < 3 || text.charAt(e - 1) == '·' || overlapsMention(out, c, e) || !unknownWord(text.substring(c, e))) {
        continue;
      }
      int clauseEnd = e;
      while (clauseEnd < to && "，,；;：:。".indexOf(text.charAt(clauseEnd)) < 0) {
        clauseEnd++;
      }
      int end = e;
      boolean moves = movingTriggers.all(text, e, Math.min(clauseEnd, e + 16)).stream()
          .anyMatch(t -> !overlapsMention(out, end, t.start()));
      if (moves && !beforeOrgSuffix(text, end)) {
        out.add(new Mention(EntityType.PERSON, c, e, text.substring(c, e), "ner", null));
      }
    }
  }

  /** Neither the run nor any of its beginnings is a common dictionary word ("阿森纳", "特斯拉" are). */
  private boolean unknownWord(String run) {
    for (int k = 2; k <= run.length(); k++) {
      if (ner.isCommonWord(run.substring(0, k)) || pack.isNerNoise(run.substring(0, k))) {
        return false;
      }
    }
    return true;
  }


  /** Surnames that are also everyday words (何, 向, 于): a name built on one must be seen twice to count. */
  private static final String AMBIGUOUS_SURNAMES = "何向于和将从以为其时高常明文方白金石";

  private boolean allTranslit(String text, int a, int b) {
    for (int i = a; i < b; i++) {
      if (!pack.isTranslitChar(text.charAt(i)) && text.charAt(i) != '·') {
        return false;
      }
    }
    return b - a >= 2;
  }

  private boolean followedByRole(String text, int end) {
    for (Dictionary.Hit<String> h : roles.all(text, end, Math.min(text.length(), end + 6))) {
      if (h.start() == end && !h.value().startsWith("!")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A two-character transliteration (梅西, 凯恩) is a name only when the recognizer took that very span for a foreign
   * name, it is no everyday word, and a verb or preposition, not more of a word, follows it.
   */
  private boolean shortForeignName(String name, NameRecognizer.Span span, String text, int end) {
    return span.foreign() && name.length() == 2 && span.end() - span.start() == 2 && allTranslit(text, end - 2, end)
        && !ner.isCommonWord(name) && !pack.isNerNoise(name) && end < text.length()
        && (FUNCTION_CHARS.indexOf(text.charAt(end)) >= 0 || startsTrigger(text, end)
            || ner.isFunctionWord(text.substring(end, Math.min(text.length(), end + 2)))
            || "宣正表透称说以于在将已".indexOf(text.charAt(end)) >= 0 || ",。;".indexOf(text.charAt(end)) >= 0);
  }

  private boolean acceptNer(String name, String text, int end) {
    if (AMBIGUOUS_SURNAMES.indexOf(name.charAt(0)) >= 0
        && (name.length() == 2 || ner.isCommonWord(name.substring(1)))) {
      return false; // 向善, 何有, 于未来: everyday words far more often than names
    }
    if (beforeOrgSuffix(text, end)) {
      return false; // "彭博社", "克林顿政府": part of an organization's name
    }
    int start = end - name.length();
    if (end < text.length() && text.charAt(end) == '·' || start > 0 && text.charAt(start - 1) == '·') {
      return false; // "乔治·米勒": a part of a transliterated name, though 乔 is a surname too
    }
    return acceptNer(name) || afterTitle(text, start) && nearlyTransliterated(name);
  }

  /** Whether a title ends right at {@code at} ("中场京多安"). */
  private boolean afterTitle(String text, int at) {
    return roles.all(text, Math.max(0, at - 8), at).stream().anyMatch(h -> h.end() == at && !h.value().startsWith("!"));
  }

  private boolean nearlyTransliterated(String name) {
    return pack.isNearlyTransliteration(name) && !pack.isNerNoise(name) && !ner.isCommonWord(name);
  }

  private boolean beforeOrgSuffix(String text, int at) {
    for (String suffix : allOrgSuffixes) {
      if (text.startsWith(suffix, at)) {
        return true;
      }
    }
    return false;
  }

  private boolean acceptNer(String name) {
    if (name.length() < 2 || name.length() > 12 || pack.isNerNoise(name)) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isHan(c) && c != '·') {
        return false;
      }
    }
    if (name.length() <= 3 && pack.isSurname(name.charAt(0))) {
      // a Chinese name: surname + one or two characters, but never one ending in a function word (曾在, 高于), nor a
      // surname and a title ("李教授", "王总"): who that is, the text says elsewhere
      return FUNCTION_CHARS.indexOf(name.charAt(name.length() - 1)) < 0 && !isTitle(name.substring(1));
    }
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) != '·' && !pack.isTranslitChar(name.charAt(i))) {
        return false;
      }
    }
    return name.length() >= 3; // a transliterated foreign name
  }

  private boolean isTitle(String word) {
    return roles.all(word, 0, word.length()).stream()
        .anyMatch(h -> h.start() == 0 && h.end() == word.length() && !h.value().startsWith("!"));
  }

  private List<RoleMention> roleMentions(String text, List<Mention> found) {
    List<RoleMention> out = new ArrayList<>();
    int previousEnd = 0;
    for (Dictionary.Hit<String> h : roles.longest(text)) {
      if (h.value().startsWith("!")) {
        continue; // a mask: "董事会" holds "董事" but is no title
      }
      int s = h.start();
      // extend to the words that qualify the title: 消费者产品 + 副总裁, 研究 + 总监
      int limit = Math.max(previousEnd, s - 5);
      previousEnd = h.end();
      while (s > limit && isHan(text.charAt(s - 1)) && "的和与及、,在从被是为了将也又任前原时兼由年月日".indexOf(text.charAt(s - 1)) < 0) {
        s--;
      }
      // never across a trigger word ("接替联合创始人" qualifies nothing, nor does 去 of "辞去中国男足主教练") or an
      // organization ("研究院院长")
      for (Dictionary.Hit<Boolean> t : triggerWords.all(text, Math.max(0, s - 4), h.start())) {
        if (t.end() > s) {
          s = Math.max(s, t.end());
        }
      }
      for (Dictionary.Hit<String> o : orgSuffixes.all(text, Math.max(0, s - 4), h.start())) {
        if (!o.value().startsWith("!") && o.end() > s) {
          s = o.end(); // "研究生院常务副院长": a suffix that began before the window ends it too
        }
      }
      if (s < h.start() && (s == 0 || text.charAt(s - 1) != '、')) {
        // "利物浦主帅": the club employs, the title is 主帅; inside a list of titles ("联合创始人、特斯拉CEO") the
        // employer stays with its title
        for (Mention m : found) {
          if (m.end() > s && m.end() <= h.start() && !m.source().equals("ner")) {
            s = m.end(); // "美团高级副总裁": a name known before the title is no qualifier of it
          }
        }
        s += ner.properNamePrefix(text.substring(s, h.start()));
      }
      out.add(new RoleMention(s, h.end(), text.substring(s, h.end())));
    }
    return out;
  }

  /**
   * "任命吴金贵为临时主帅", "决定丁薛祥、刘国中为国务院副总理", "辞退张三。": right after a verb whose object is a person,
   * the ones named before a 为 that introduces a title, or alone up to the end of the clause, are people: a surname
   * with one or two more characters, though the segmenter read words there (吴/tg 金贵/a).
   */
  private void appointeeMentions(String text, List<Dictionary.Hit<Boolean>> triggerHits, List<Mention> found,
      List<RoleMention> roles) {
    for (Dictionary.Hit<Boolean> t : triggerHits) {
      if (!t.value()) {
        continue; // not a verb whose object is a person
      }
      int s = t.end();
      if (s < text.length() && text.charAt(s) == '了') {
        s++;
      }
      List<int[]> names = new ArrayList<>();
      boolean closed = false;
      while (s < text.length() && names.size() < 8) {
        int e = nameEnd(text, s, found);
        if (e < 0) {
          break;
        }
        names.add(new int[] {s, e});
        char next = e < text.length() ? text.charAt(e) : '。';
        if (next == '为') {
          closed = RoleMention.titleSoonAfter(text, roles, e + 1, 8);
          break;
        }
        if (next != '、' && next != '和') {
          closed = CLAUSE_END.indexOf(next) >= 0 && names.size() == 1;
          break;
        }
        s = e + 1;
      }
      if (closed) {
        for (int[] n : names) {
          if (!overlapsMention(found, n[0], n[1])) {
            found.add(new Mention(EntityType.PERSON, n[0], n[1], text.substring(n[0], n[1]), "titled", null));
          }
        }
      }
    }
  }

  /**
   * The end of the name at {@code s}: one found already, or two or three characters from a surname up to 为, 、, 和 or
   * a clause mark; -1 if none.
   */
  private int nameEnd(String text, int s, List<Mention> found) {
    for (Mention m : found) {
      if (m.type() == EntityType.PERSON && m.start() == s) {
        return m.end(); // a name found already, in the list
      }
    }
    if (s >= text.length() || !pack.isSurname(text.charAt(s))) {
      return -1;
    }
    for (int e = s + 2; e <= s + 3 && e <= text.length(); e++) {
      char next = e < text.length() ? text.charAt(e) : '。';
      boolean ends = next == '为' || next == '、' || next == '和' || CLAUSE_END.indexOf(next) >= 0;
      if (ends && allHan(text, s, e) && !overlapsMention(found, s, e)
          && !ner.isCommonWord(text.substring(s, e))) {
        return e;
      }
    }
    return -1;
  }

  private static boolean allHan(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isHan(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Resolves overlaps (pack beats gloss beats latin beats ner; longer beats shorter) and remaps gloss links. */
  private static Mentions assemble(List<Mention> found, List<int[]> pairs, List<RoleMention> roles) {
    Integer[] order = new Integer[found.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(i -> rank(found.get(i).source()))
        .thenComparingInt(i -> -found.get(i).length())
        .thenComparingInt(i -> found.get(i).start()));
    List<Mention> kept = new ArrayList<>();
    Map<Integer, Integer> remap = new HashMap<>();
    for (int i : order) {
      Mention m = found.get(i);
      Integer same = null;
      boolean clash = false;
      for (int k = 0; k < kept.size(); k++) {
        Mention o = kept.get(k);
        if (o.start() == m.start() && o.end() == m.end()) {
          same = k;
          break;
        }
        if (o.overlaps(m)) {
          clash = true;
          if (o.type() == m.type()) {
            same = k; // the winner of the overlap inherits the loser's links ("伊尔亚·苏茨克维" in a gloss)
          }
          break;
        }
      }
      if (same != null) {
        remap.put(i, same);
      } else if (!clash) {
        remap.put(i, kept.size());
        kept.add(m);
      }
    }
    Integer[] byStart = new Integer[kept.size()];
    for (int i = 0; i < byStart.length; i++) {
      byStart[i] = i;
    }
    java.util.Arrays.sort(byStart, Comparator.comparingInt(i -> kept.get(i).start()));
    int[] position = new int[kept.size()];
    List<Mention> sorted = new ArrayList<>();
    for (int k = 0; k < byStart.length; k++) {
      position[byStart[k]] = k;
      sorted.add(kept.get(byStart[k]));
    }
    List<Mentions.Link> links = new ArrayList<>();
    for (int[] p : pairs) {
      Integer a = remap.get(p[0]);
      Integer b = remap.get(p[1]);
      if (a != null && b != null && !a.equals(b)) {
        links.add(new Mentions.Link(position[a], position[b]));
      }
    }
    return new Mentions(sorted, links, roles);
  }

  private static int rank(String source) {
    return switch (source) {
      case "pack", "org+suffix" -> 0;
      case "gloss" -> 1;
      case "latin" -> 2;
      case "byline", "suffix", "latin-org", "titled", "employer", "media" -> 2;
      case "given", "surname", "part" -> 3;
      default -> 4;
    };
  }

  static boolean isHan(char c) {
    return c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN; // below: no Han at all
  }
}
