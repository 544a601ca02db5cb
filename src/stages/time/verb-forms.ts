/**
 * Irregular past tenses and past participles of English verbs that are not also present forms
 * ("read", "set", "cut" are left out: they say nothing of the tense).
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'arose', 'arisen', 'ate', 'eaten', 'awoke', 'awoken', 'bore', 'borne', 'became', 'began', 'begun', 'bent', 'bit', 'bitten',
  'bled', 'blew', 'blown', 'broke', 'broken', 'bred', 'brought', 'built', 'bought', 'caught', 'chose', 'chosen', 'clung',
  'came', 'crept', 'dealt', 'dug', 'did', 'done', 'drew', 'drawn', 'drank', 'drunk', 'drove', 'driven', 'fell', 'fallen',
  'fed', 'felt', 'fought', 'found', 'fled', 'flung', 'flew', 'flown', 'forbade', 'forgot', 'forgotten', 'forgave',
  'forgiven', 'froze', 'frozen', 'got', 'gotten', 'gave', 'given', 'went', 'gone', 'ground', 'grew', 'grown', 'hung',
  'heard', 'hid', 'hidden', 'held', 'kept', 'knelt', 'knew', 'known', 'laid', 'led', 'leapt', 'left', 'lent', 'lit',
  'lost', 'made', 'meant', 'met', 'paid', 'rode', 'ridden', 'rang', 'rung', 'rose', 'risen', 'ran', 'said', 'saw', 'seen',
  'sought', 'sold', 'sent', 'shook', 'shaken', 'shone', 'shot', 'shown', 'shrank', 'sang', 'sung', 'sank', 'sunk', 'sat',
  'slept', 'slid', 'spoke', 'spoken', 'sped', 'spent', 'spun', 'sprang', 'stood', 'stole', 'stolen', 'stuck', 'stung',
  'strode', 'struck', 'stricken', 'swore', 'sworn', 'swept', 'swam', 'swung', 'took', 'taken', 'taught', 'tore', 'torn',
  'told', 'thought', 'threw', 'thrown', 'understood', 'woke', 'wore', 'worn', 'wept', 'won', 'wrote', 'written',
  'withdrew', 'withdrawn', 'overtook', 'undertook', 'undertaken', 'oversaw', 'overseen', 'foresaw', 'upheld', 'withheld',
  'mistook', 'mistaken', 'overcame', 'underwent', 'undergone', 'rebuilt', 'wound', 'been',
]);
