package org.talentflow.mention;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * HanLP's Viterbi segmenter with Chinese and transliterated person name recognition. Its output is noisy ("高管",
 * "官宣"): the mention stage filters it with the pack's stop list and name-shape checks.
 */
public final class HanlpNameRecognizer implements NameRecognizer {
  /** The tags of a one-character modifier that can stand inside a name: adjective, distinguishing word, morpheme. */
  private static final Pattern MODIFIER = Pattern.compile("a|b|ng|ag|vg");

  private final Segment segment;
  private final Segment plain;

  public HanlpNameRecognizer() {
    // natures from the core dictionary suffice to tell a name from a description (上海 is ns there already)
    this.plain = HanLP.newSegment();
    // HanLP's transliterated-name recognizer is left off: the core and custom dictionaries tag the known foreign names
    // (nrf) and the mention stage widens a name to its whole run of transliteration characters, so turning it on found
    // no other name on the seeds, the samples, the English sets or the DuEE sets, at about 6% of this segmenter's time
    this.segment = HanLP.newSegment()
        .enableNameRecognize(true)
        .enableOffset(true);
  }

  @Override
  public boolean isCommonWord(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    return a != null && a.totalFrequency > 100;
  }

  @Override
  public boolean isVerb(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a == null) {
      return false;
    }
    boolean verb = false;
    for (Nature n : a.nature) {
      String tag = n.toString();
      if (!tag.startsWith("v")) {
        return false;
      }
      verb |= !tag.equals("vn");
    }
    return verb; // 带队/v/vn: a verb, also used as a noun of the act
  }

  @Override
  public boolean isFunctionWord(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a == null) {
      return false;
    }
    for (Nature n : a.nature) {
      String tag = n.toString();
      if (!(tag.equals("d") || tag.equals("c") || tag.equals("p"))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int nameStart(String run) {
    List<Term> terms = plain.seg(run);
    int start = run.length();
    for (int i = terms.size() - 1; i >= 0; i--) {
      Term t = terms.get(i);
      String n = t.nature == null ? "" : t.nature.toString();
      boolean nominal = n.startsWith("n") || n.equals("j") || n.equals("b") || n.equals("vn") || n.equals("gi")
          || n.equals("nx") || n.startsWith("g") || i > 0 && boundAfterName(t, terms.get(i - 1));
      if (!nominal) {
        break;
      }
      start -= t.word.length();
    }
    return Math.max(0, start);
  }

  @Override
  public boolean hasProperName(String phrase) {
    for (Term t : plain.seg(phrase)) {
      if (isProperName(t)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int properNamePrefix(String run) {
    List<Term> terms = plain.seg(run);
    int from = 0;
    for (int i = 0; i + 1 < terms.size(); i++) {
      if (natureOf(terms.get(i)).equals("v") && isProperName(terms.get(i + 1))) {
        from = i + 1; // "传言/n 称/v 京东/ntc": a verb before a name ends a clause, the name begins after it
      }
    }
    int clause = prefixLength(terms, from);
    int length = 0;
    for (int i = from; i < terms.size(); i++) {
      Term t = terms.get(i);
      // an institution word after a name continues it: 中国/ns 男足/nis; so does a place's team: 中国女排/n, and a
      // bound morpheme, which qualifies no title on its own: 阿里/nt 云/vg
      boolean continues = length > 0 && (natureOf(t).equals("nis") || boundAfterName(t, terms.get(i - 1)));
      if (!isProperName(t) && !continues && !placeBegun(t)) {
        break;
      }
      length += t.word.length();
    }
    return clause + length;
  }

  /** A bound morpheme right after a name is part of it: 阿里/nt 云/vg, a business named after its company. */
  private static boolean boundAfterName(Term t, Term before) {
    return isBoundMorpheme(t) && "vna".indexOf(natureOf(t).charAt(0)) >= 0 && isProperName(before);
  }

  /** One Han character tagged as a bound morpheme (ng, vg, ag, ...): no word on its own. */
  private static boolean isBoundMorpheme(Term t) {
    String n = natureOf(t);
    return t.word.length() == 1 && Character.isIdeographic(t.word.charAt(0)) && n.length() == 2 && n.endsWith("g");
  }

  private static int prefixLength(List<Term> terms, int upTo) {
    int n = 0;
    for (int i = 0; i < upTo; i++) {
      n += terms.get(i).word.length();
    }
    return n;
  }

  @Override
  public int leadingNounPhrase(String run) {
    int length = 0;
    List<Term> terms = plain.seg(run);
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      // a one-character modifier inside a name ("小/a 鹏/ng 汽车/n") when a noun follows
      boolean inside = t.word.length() == 1 && i + 1 < terms.size() && isNoun(terms.get(i + 1))
          && MODIFIER.matcher(natureOf(t)).matches();
      if (!isNoun(t) && !inside) {
        break;
      }
      length += t.word.length();
    }
    return length;
  }

  @Override
  public boolean isPlace(String phrase) {
    List<Term> terms = plain.seg(phrase);
    return !terms.isEmpty() && terms.stream().allMatch(t -> natureOf(t).startsWith("ns"));
  }

  @Override
  public boolean hasTaggedName(String phrase) {
    for (Term t : plain.seg(phrase)) {
      if (isNameNature(natureOf(t)) || placeBegun(t)) {
        return true;
      }
    }
    return false;
  }

  /** A dictionary word that begins with a place ("中国女排"): the place's team, office or company. */
  private static boolean placeBegun(Term t) {
    for (int k = t.word.length() - 1; k >= 2; k--) {
      CoreDictionary.Attribute a = CoreDictionary.get(t.word.substring(0, k));
      if (a != null && a.nature.length > 0 && a.nature[0].toString().startsWith("ns")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean hasUnknownHead(String phrase) {
    List<Term> terms = plain.seg(phrase);
    if (phrase.length() <= 4 && terms.size() == phrase.length() && CoreDictionary.get(phrase) == null
        && phrase.codePoints().allMatch(Character::isIdeographic)) {
      return true; // "美团": no word of the dictionary in it, character by character: a coined name
    }
    if (terms.size() < 2 || !isNoun(terms.get(terms.size() - 1))) {
      return false;
    }
    String head = phrase.substring(0, phrase.length() - terms.get(terms.size() - 1).word.length());
    return head.length() >= 2 && CoreDictionary.get(head) == null;
  }

  private static boolean isNoun(Term t) {
    String n = natureOf(t);
    return n.startsWith("n") && !n.equals("nnt") && !n.equals("nnd") || n.equals("j")
        || CoreDictionary.get(t.word) == null && t.word.codePoints().allMatch(Character::isLetterOrDigit);
  }

  private static String natureOf(Term t) {
    return t.nature == null ? "" : t.nature.toString();
  }

  /** A place, person, organization, other proper noun, foreign word or abbreviation. */
  private static boolean isNameNature(String n) {
    return n.startsWith("ns") || n.startsWith("nr") || n.startsWith("nt") || n.startsWith("nz") || n.equals("nx")
        || n.equals("j");
  }

  private static boolean isProperName(Term t) {
    if (isNameNature(natureOf(t))) {
      return true;
    }
    // a word the dictionary does not know is a name more often than not
    return CoreDictionary.get(t.word) == null && t.word.length() >= 2;
  }

  @Override
  public List<Span> persons(String text) {
    List<Span> out = new ArrayList<>();
    List<Term> terms = segment.seg(text);
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      String nature = natureOf(t);
      if (nature.equals("nr") || nature.equals("nrf")) {
        int end = t.offset + t.word.length();
        if (nature.equals("nr") && t.word.length() == 2 && i + 2 < terms.size()
            && boundGivenName(terms.get(i + 1)) && natureOf(terms.get(i + 2)).startsWith("v")) {
          end++; // "王健/nr 林/ng 辞去/v", "易建/nr 联/vg 宣布/v": the third character of the name, left on its own
        }
        out.add(new Span(t.offset, end, nature.equals("nrf")));
      }
    }
    return out;
  }

  /**
   * A single character that is no word by itself (a bound morpheme: ng, vg, ag...) or a compass point, standing
   * between a two-character name and a verb: the segmenter cut the last character of a three-character name off.
   */
  private static boolean boundGivenName(Term t) {
    return isBoundMorpheme(t) || t.word.length() == 1 && natureOf(t).equals("f") && "东西南北".contains(t.word);
  }
}
