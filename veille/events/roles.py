"""Who is the source and who the target of a trigger, read from the dependency parse.

Handles both parse styles veille's pipelines produce: Universal Dependencies (French: ``nsubj``,
``obj``, ``obl`` + ``case``, ``nsubj:pass``, ``obl:agent``) and ClearNLP (English: ``nsubj``,
``dobj``, ``prep`` + ``pobj``, ``nsubjpass``, ``agent``). Returns head tokens; coordination is
expanded here ("la Lituanie, la Pologne et la Lettonie" → three heads).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..nlp.syntax import is_passive
from .triggers import Trigger

_SUBJ = ("nsubj", "csubj", "expl:subj")
_PASS_SUBJ = ("nsubj:pass", "nsubjpass", "csubjpass")
SUBJECTS = _SUBJ + _PASS_SUBJ
_OBJ = ("obj", "dobj", "iobj", "dative")
# Clauses that share their head verb's subject when they have none of their own.
_SHARES_SUBJECT = ("xcomp", "conj", "advcl", "ccomp")
_VERBAL = ("VERB", "AUX")
_RELATIVE = ("acl:relcl", "relcl")


@dataclass
class Roles:
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    partners: list[Token] = field(default_factory=list)
    # True when the target was borrowed from the surrounding clause, not the trigger's own arguments.
    inferred: bool = False


@dataclass(frozen=True)
class Preps:
    agent: set[str]
    partner: set[str]
    target: set[str]
    genitive: set[str]
    origin: set[str] = frozenset()
    adversative: set[str] = frozenset()
    nominal_target: set[str] = frozenset()


def expand(tokens: list[Token]) -> list[Token]:
    """Each head with its coordinated heads, in text order, without repeats."""
    out: list[Token] = []
    for tok in tokens:
        tok = antecedent(tok)
        # A conjunct with its own, different preposition is another complement, not another party:
        # "contre l'organisation État islamique en Irak et en Syrie".
        conjuncts = [c for c in tok.conjuncts if not _case_word(c) or _case_word(c) == _case_word(tok)]
        for t in (tok, *conjuncts, *_list_items(tok)):
            if t not in out and t.pos_ not in ("VERB", "AUX", "CCONJ", "PUNCT"):
                out.append(t)
    return sorted(out, key=lambda t: t.i)


# Contracted and elided forms of one preposition count as the same word.
_SAME_PREP = {"du": "de", "des": "de", "d'": "de", "d’": "de", "au": "à", "aux": "à"}


def _case_word(tok: Token) -> str:
    word = next((c.lower_ for c in tok.children if c.dep_ == "case"), "")
    return _SAME_PREP.get(word, word)


def antecedent(tok: Token) -> Token:
    """A relative pronoun stands for the noun its clause hangs on: "le parti qui soutient…" (subject),
    "les lycéennes qu'il avait capturées" (object), "the party which backs…"."""
    relative = "Rel" in tok.morph.get("PronType") or tok.tag_ in ("WDT", "WP")
    if tok.pos_ == "PRON" and relative and tok.head.dep_ in _RELATIVE and tok.head.head != tok.head:
        return tok.head.head
    return tok


def _list_items(tok: Token) -> list[Token]:
    """"A, B et C" misparsed with B as a case-less modifier of A: B and C are list items too."""
    items = []
    for child in tok.children:
        if (
            child.dep_ in ("nmod", "appos") and child.pos_ == "PROPN"
            and not any(c.dep_ == "case" for c in child.children)
            and child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].is_punct
            and any(c.dep_ == "conj" for c in child.children)
        ):
            items += [child, *child.conjuncts]
    return items


def prep_args(token: Token, depth: int = 1) -> list[tuple[str, Token]]:
    """(preposition, noun) pairs among the token's arguments, down to ``depth`` levels of nouns."""
    pairs: list[tuple[str, Token]] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent"):
            objs = [obj for obj in child.children if obj.dep_ == "pobj"]
            pairs += [(child.lower_, obj) for obj in objs or _stranded_object(child)]
        elif child.dep_.startswith(("obl", "nmod")) and child.pos_ not in _VERBAL:
            case = [c.lower_.replace("’", "'") for c in child.children if c.dep_ == "case"]
            if case:
                pairs.append((" ".join(case), child))
    if depth > 1:
        for _, noun in list(pairs):
            pairs += prep_args(noun, depth - 1)
    for child in token.children:
        if child.dep_ == "acl" and child.pos_ in ("VERB", "ADJ") and depth > 1:
            pairs += prep_args(child, depth)  # "l'expulsion forcée de migrants par…": the participle is transparent
    return pairs


def _stranded_object(prep: Token) -> list[Token]:
    """The noun phrase right after a preposition the parser left without object ("granted asylum
    to [five officers] holed up…" parsed with "officers" as the subject of "holed")."""
    if prep.n_rights or prep.i + 1 >= len(prep.doc):
        return []
    tok = prep.doc[prep.i + 1]
    while tok.head != tok and tok.head.left_edge.i == prep.i + 1 and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return [tok] if tok.pos_ in ("NOUN", "PROPN") and tok.left_edge.i == prep.i + 1 else []


def _attached(arg: Token, noun: Token) -> bool:
    """``arg`` complements ``noun`` itself: directly (UD), through its preposition (ClearNLP), or
    through a participle the noun carries."""
    head = arg.head
    if head == noun:
        return True
    if head.dep_ in ("prep", "agent") and head.head == noun:
        return True
    return head.dep_ == "acl" and head.head == noun


def _prep_is(prep: str, words: set[str]) -> bool:
    return prep in words or prep.split(" ")[-1] in words


def subject_of(verb: Token, hops: int = 4) -> list[Token]:
    """The verb's own subject, else the subject it shares with the clause it depends on.

    A pronoun subject of a reported clause is the reporter: "Hungary said it will support…" → Hungary.
    """
    controlled = False
    for _ in range(hops):
        subj = [c for c in verb.children if c.dep_ in _SUBJ and not c.is_punct and any(ch.isalnum() for ch in c.text)]
        if subj:
            # "Hungary said it will…", "the Serbs said their forces had…": the reporter's own act
            owned = subj[0].pos_ != "PRON" and any(c.dep_ in ("poss", "nmod:poss") and c.pos_ in ("PRON", "DET")
                                                    and "Yes" in c.morph.get("Poss") for c in subj[0].children)
            if (subj[0].pos_ == "PRON" or owned) and verb.dep_ == "ccomp" and verb.head != verb:
                outer = [c for c in verb.head.children if c.dep_ in _SUBJ]
                if outer and outer[0].pos_ != "PRON":
                    return outer[:1]
            return subj[:1]  # a second bare subject is a parse error; coordination comes via conj
        if controlled:  # "le Mali est disposé à coopérer", "was forced to withdraw": the passive subject acts
            passive = [c for c in verb.children if c.dep_ in _PASS_SUBJ]
            if passive:
                return passive[:1]
        head = verb.head
        controlled = verb.dep_ == "xcomp"
        if verb.dep_ in _SHARES_SUBJECT + ("acomp",) and head != verb and head.pos_ in _VERBAL + ("ADJ",):
            verb = head
            continue
        if verb.dep_ in ("acl", "relcl") and head != verb:
            return [head]
        break
    return []


def _past_participle(verb: Token) -> bool:
    return verb.tag_ == "VBN" or {"Part"} <= set(verb.morph.get("VerbForm")) and "Past" in verb.morph.get("Tense")


def _own(noun: Token) -> bool:
    """The object is the actor's own ("offered its troops", "retire ses troupes"): what it is done
    with, not whom to; the recipient is then in a complement ("to Lebanon", "de Syrie"). A named
    person is nobody's own: "a rencontré son homologue turc Recep Tayyip Erdogan"."""
    # ("ses troupes de Syrie" stays its own: a name behind a preposition is where they are.)
    if any(c.pos_ == "PROPN" and c.dep_ in ("nmod", "appos", "flat", "flat:name", "compound")
           and not any(g.dep_ == "case" for g in c.children) for c in noun.children):
        return False
    return any(
        c.dep_ in ("poss", "nmod:poss", "det") and c.pos_ in ("PRON", "DET") and "Yes" in c.morph.get("Poss")
        and "1" not in c.morph.get("Person") or c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")
        for c in noun.children
    )


def verbal_roles(verb: Token, trigger: Trigger, preps: Preps) -> Roles:
    roles = Roles()
    passive = is_passive(verb)
    if passive:
        roles.targets = [c for c in verb.children if c.dep_ in _PASS_SUBJ] or [
            c for c in verb.children if c.dep_ in _SUBJ]
        if not roles.targets and verb.dep_ in ("acl",):
            roles.targets = [verb.head]  # "des migrants détenus"
    else:
        roles.sources = subject_of(verb)
        # The object a trigger requires is part of the act ("jeter des projectiles sur…"), not its target.
        roles.targets = [c for c in verb.children if c.dep_ in _OBJ and c.pos_ not in _VERBAL and not _own(c)
                         and not (trigger.obj and c.lemma_.lower() == trigger.obj)]
    participle = verb.dep_ == "acl" and _past_participle(verb)
    if participle:
        # A past participle modifying a noun describes something done to that noun, by its "par" agent.
        roles.targets = [verb.head]
        roles.sources = [n for p, n in prep_args(verb, depth=2) if _prep_is(p, preps.agent)][:1]
    elif (verb.dep_ == "advcl" and _past_participle(verb)
          and not any(c.dep_.startswith("aux") or c.dep_ in _SUBJ + _PASS_SUBJ for c in verb.children)):
        # A detached participle is done to the subject it qualifies: "Souvent accusées, les autorités
        # russes ont nié…", "Expulsé d'al-Bab, Daech perd…".
        roles.targets = subject_of(verb)
        roles.sources = [n for p, n in prep_args(verb, depth=2) if _prep_is(p, preps.agent)][:1]
        participle = True
    if passive:
        # The parser often hangs "par le Parlement" on a nearby noun: look one level down too.
        roles.sources = [n for p, n in prep_args(verb, depth=2) if _prep_is(p, preps.agent)][:1] or labelled_agent(verb)
    elif not roles.sources and not participle:
        roles.sources = _left_subject(verb)
    if not any(_prep_is(p, preps.partner) for p, _ in prep_args(verb)):
        # "s'est entretenu par téléphone avec Poutine": the partner hung on the verb's modifier.
        roles.partners = [n for p, n in prep_args(verb, depth=2) if _prep_is(p, preps.partner)
                          and n.head.dep_.startswith("obl")][:1]
    for prep, noun in prep_args(verb):
        if _prep_is(prep, preps.agent):
            continue
        elif _prep_is(prep, preps.partner):
            roles.partners.append(noun)
        elif _prep_is(prep, preps.target) and not roles.targets:
            roles.targets.append(noun)
    return _expanded(roles)


def nominal_roles(noun: Token, trigger: Trigger, preps: Preps) -> Roles:
    roles = Roles()
    genitives: list[Token] = []
    # Its own complements, or those of a participle it carries ("l'expulsion forcée de migrants").
    direct = [(p, a) for p, a in prep_args(noun, depth=2) if _attached(a, noun)]
    deep_agents: list[Token] = []
    for prep, arg in prep_args(noun, depth=2):
        if _prep_is(prep, preps.agent):
            if (prep, arg) in direct or arg.head.head.dep_ == "acl":
                roles.sources.append(arg)
            else:
                deep_agents.append(arg)  # "protests against violations by the military": the violations' agent
        elif _prep_is(prep, preps.partner):
            roles.partners.append(arg)
        elif (prep, arg) not in direct:
            if not roles.targets and _prep_is(prep, preps.adversative):
                roles.targets.append(arg)  # "un attentat à la bombe contre des policiers"
            continue  # other deeper complements belong to the nouns they hang on
        elif _prep_is(prep, preps.genitive):
            genitives.append(arg)
        elif _prep_is(prep, preps.nominal_target):
            roles.targets.append(arg)
    if roles.targets:
        # the one protested or acted against is whoever did what it is against
        roles.targets = [a for a in deep_agents if _attached(a, roles.targets[0])][:1] or roles.targets
    for child in noun.children:
        if child.dep_ in ("poss", "nmod:poss") and child.pos_ in ("PROPN", "NOUN"):
            roles.sources.append(child)
        elif child.dep_ in ("amod", "compound") and child.pos_ in ("PROPN", "ADJ") and child.is_title:
            roles.sources.append(child)  # "US sanctions", "Russian troops"
    if genitives and trigger.mode == "withdraw" and _own(genitives[0]):
        # "le retrait de ses troupes de Syrie": what is withdrawn is the doer's own, the place left
        # is the recipient, the doer is whoever the noun's verb names.
        own = genitives.pop(0)
        roles.targets = roles.targets or [n for p, n in prep_args(own) if _prep_is(p, preps.origin)][:1]
    if genitives and trigger.genitive == "source" and (genitives[0].like_num or any(
            c.dep_ == "nummod" for c in genitives[0].children)):
        # "un don de dix millions de dollars", "l'envoi de 500 soldats": a counted genitive is what
        # the act moves, not who does it.
        genitives = []
    if genitives and trigger.genitive != "none":
        if trigger.genitive == "target" or roles.sources:
            roles.targets = roles.targets or genitives[:1]
        else:
            roles.sources = roles.sources or genitives[:1]
            # "le retrait du Royaume-Uni de l'Union européenne": a second complement is the other party.
            second = genitives[1:] or [n for p, n in prep_args(genitives[0]) if _prep_is(p, preps.genitive)
                                       and (genitives[0].pos_ == "PROPN" or genitives[0].is_title)]  # hung on the first by the parser
            roles.targets = roles.targets or [g for g in second if g not in roles.sources][:1]
    if not roles.sources:
        roles.sources = _governing_actor(noun)
    _from_governing_verb(noun, roles, genitives, preps)
    return _expanded(roles)


def _from_governing_verb(noun: Token, roles: Roles, genitives: list[Token], preps: Preps) -> None:
    """Complements of the noun that the parser hung on the verb governing it."""
    if noun.dep_ in _PASS_SUBJ and noun.head.pos_ in _VERBAL and set(roles.targets) <= set(genitives):
        # "un mandat d'arrêt a été émis contre elle": the verb carries the noun's target (over a
        # genitive that only names the kind of act, "d'arrêt").
        roles.targets = [n for p, n in prep_args(noun.head) if _prep_is(p, preps.adversative)][:1] or roles.targets
    if noun.dep_ in _OBJ and noun.head.pos_ in _VERBAL and not roles.targets:
        # "a mené des frappes contre des positions du Hezbollah": the parser hangs it on the verb.
        roles.targets = [n for p, n in prep_args(noun.head) if _prep_is(p, preps.adversative)][:1]
    if noun.dep_ in _OBJ and noun.head.pos_ in _VERBAL and not roles.partners:
        # "a eu une conversation … avec Poutine": the parser hangs the partner on the light verb.
        roles.partners = [n for p, n in prep_args(noun.head) if _prep_is(p, preps.partner)]
    if noun.dep_ in _OBJ and noun.head.pos_ in _VERBAL and not roles.targets:
        # "staged rallies … against the party's leader": the same for the one the act is against.
        roles.targets = [n for p, n in prep_args(noun.head) if _prep_is(p, preps.adversative)][:1]


def labelled_by_agent(verb: Token, preps: Preps) -> bool:
    """The verb is a participle or a passive whose doer the "par"/"by" complement names."""
    return (is_passive(verb) or _past_participle(verb)) and any(
        _prep_is(p, preps.agent) for p, _ in prep_args(verb, depth=2))


def labelled_agent(verb: Token) -> list[Token]:
    """A passive agent the parser hung further down ("votée début décembre par les députés"): the
    first noun labelled agent whose nearest verb is this one."""
    for tok in verb.subtree:
        if tok.dep_ in ("obl:agent", "agent") and next(
                (a for a in tok.ancestors if a.pos_ in _VERBAL), None) == verb:
            return [tok]
    return []


def governing_actor(noun: Token) -> list[Token]:
    """Who does what a noun names, read from the verb the noun depends on (see below)."""
    return expand(_governing_actor(noun))


def _governing_actor(noun: Token) -> list[Token]:
    """For "X a eu une conversation", "X imposed sanctions", "Macron, lors d'une conversation": X."""
    while noun.dep_ == "compound" and noun.head != noun:
        noun = noun.head  # "undertook a mediation mission": the mission's doer
    head = noun.head
    if noun.dep_ in _PASS_SUBJ and head != noun and head.pos_ in _VERBAL:
        # "la destitution a été votée par les députés", "sanctions were imposed by the EU"
        return [n for p, n in prep_args(head, depth=2) if p in ("par", "by")][:1] or labelled_agent(head)
    if head == noun or noun.dep_ in _SUBJ + _PASS_SUBJ:
        return []
    while head.pos_ in ("ADV", "ADP", "SCONJ") and head.head != head:
        head = head.head  # "lors d'une conversation", "during talks"
    if head.pos_ in _VERBAL:
        if is_passive(head) or head.dep_ == "acl" and _past_participle(head):
            # "un policier tué dans un attentat": the noun the participle qualifies suffered it.
            return [n for p, n in prep_args(head, depth=2) if p in ("par", "by")]
        return subject_of(head)
    return []


def complement_targets(verb: Token, sources: list[Token], preps: Preps) -> list[list[Token]]:
    """When a verb names no target, candidates from its complement clause or its object, best first.

    "demanded that the US cancel…" → the US; "threatened to break relations with Russia" → Russia;
    "rejected calls by Belarus's rulers" → the rulers; "threatened action against Russia" → Russia.
    The caller keeps the first candidate that names an actor.
    """
    found: list[list[Token]] = []
    source_ids = {t.i for t in sources}

    def clause_of(noun: Token) -> None:
        # "its demands that Burundi's government grant…": whoever the demand's clause is about
        for clause in (c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in _VERBAL):
            subj = [c for c in clause.children if c.dep_ in _SUBJ + _PASS_SUBJ and c.i not in source_ids]
            if subj:
                found.append(expand(subj))

    def nested(head: Token) -> None:
        for prep, noun in prep_args(head):
            if _prep_is(prep, preps.target) or _prep_is(prep, preps.partner) or _prep_is(prep, preps.adversative):
                found.append(expand([noun]))
                clause_of(noun)
                # "refused to respond to a demand from the US President": whose demand it is
                found.extend(expand([n]) for p, n in prep_args(noun)
                             if _prep_is(p, preps.agent) or _prep_is(p, preps.origin) or _prep_is(p, preps.target))
        for obj in (c for c in head.children if c.dep_ in _OBJ and c.pos_ not in _VERBAL):
            found.append(expand([obj]))
            for prep, noun in prep_args(obj):
                if not _prep_is(prep, preps.genitive):
                    found.append(expand([noun]))

    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in _VERBAL]
    # "refused to allow UN planes to land": one clause further down, after the nearer ones
    clauses += [g for c in clauses for g in c.children if g.dep_ in ("ccomp", "xcomp") and g.pos_ in _VERBAL]
    for child in clauses:
        subj = [c for c in child.children if c.dep_ in _SUBJ + _PASS_SUBJ and c.i not in source_ids]
        if subj:
            found.append(expand(subj))
        nested(child)
    objects = [c for c in verb.children if c.dep_ in _OBJ and c.pos_ in ("NOUN", "PROPN")]
    for child in objects:
        for prep, noun in prep_args(child):
            if _prep_is(prep, preps.agent) or _prep_is(prep, preps.origin) or _prep_is(prep, preps.adversative):
                found.append(expand([noun]))
        # "a dénoncé des exécutions commises par l'armée": the agent of a participle on the object.
        for acl in (c for c in child.children if c.dep_ == "acl" and _past_participle(c)):
            found += [expand([n]) for p, n in prep_args(acl) if _prep_is(p, preps.agent)]
    for child in objects + [n for p, n in prep_args(verb) if _prep_is(p, preps.target)]:
        clause_of(child)  # "demanded assurances that…", "insisted on its demands that…"
    found += _owners_and_addressees(verb, objects, preps)
    return found


def _owners_and_addressees(verb: Token, objects: list[Token], preps: Preps) -> list[list[Token]]:
    """Last resort: whoever the thing acted on belongs to or is addressed to. "denounced Serbia's
    suppression", "vetoed a Security Council resolution", "granted asylum to five army officers",
    "demanded a truce with Moslem forces", "lodged a protest with Albania"."""
    found: list[list[Token]] = []
    for child in objects:
        for mod in child.children:
            if mod.dep_ in ("poss", "nmod:poss") or (mod.dep_ == "compound" and mod.pos_ == "PROPN"):
                found.append(expand([mod]))
        for prep, noun in prep_args(child):
            if _prep_is(prep, preps.target) or _prep_is(prep, preps.partner):
                found.append(expand([noun]))
    for prep, noun in prep_args(verb):
        if _prep_is(prep, preps.partner):
            found.append(expand([noun]))
    for child in objects:
        if _own(child):  # "withdraw its troops from Lebanon": the place left behind
            found += [expand([n]) for p, n in prep_args(child) + prep_args(verb) if _prep_is(p, preps.origin)]
    return found


def _left_subject(verb: Token) -> list[Token]:
    """When the parser lost the subject: the noun phrase ending just before the verb group."""
    first = min([verb] + [c for c in verb.children if c.dep_.startswith("aux") or c.lower_ in ("ne", "n'", "n’")],
                key=lambda t: t.i)
    if first.i == 0:
        return []
    prev = first.doc[first.i - 1]
    if prev.text == "," and prev.i > 0 and first.doc[prev.i - 1].pos_ == "PROPN" and first.doc[prev.i - 1].dep_ != "ROOT":
        prev = first.doc[prev.i - 1]  # "… Ömer Fatih Sayan, exige que…": a name set off by a comma
    while prev.pos_ == "ADJ" and prev.head != prev and prev.head.i < prev.i:
        prev = prev.head
    if prev.pos_ in ("PROPN", "NOUN") and not _real_start(first):
        return [prev]
    return []


def _real_start(token: Token) -> bool:
    """A sentence start that follows punctuation or a line break; the parser also starts "sentences"
    inside hyphenated names ("Royaume-Uni" → "Royaume", "-", "Uni"), which are no boundary."""
    if not token.is_sent_start or token.i == 0:
        return bool(token.is_sent_start)
    prev = token.doc[token.i - 1]
    return prev.is_punct and prev.text != "-" or "\n" in prev.whitespace_ or "\n" in prev.text


def clause_subject(token: Token) -> list[Token]:
    """Subject of the nearest verb above a token: the default recipient of a nominal SANCTION."""
    head = token.head
    for _ in range(4):
        if head.pos_ in _VERBAL:
            return subject_of(head)
        if head.head == head:
            break
        head = head.head
    return []


def _expanded(roles: Roles) -> Roles:
    roles.sources = expand(roles.sources)
    roles.targets = expand(roles.targets)
    roles.partners = expand(roles.partners)
    return roles
