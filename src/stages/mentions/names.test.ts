import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer();

/** [sentence, names that must be whole entity mentions, actor id the knowledge base links the first to (or null)]. */
type Case = readonly [string, readonly string[], string | null];

/**
 * Names spelt with letters beyond Latin-1. Sentences from English Wikinews (CC BY 2.5): "Turkey's President
 * Erdogan proposes converting Hagia Sophia …", "Arrest made as mayor of Gdańsk, Poland stabbed on stage",
 * "Polish ruling party wins …", "Serbia …", "Slovak Prime Minister tests …", "Astronomers … Stanislav Štefl",
 * "Simple animals could live in Martian brines …", "Kīlauea …", "Tonga's prime minister dies".
 */
const DIACRITICS: readonly Case[] = [
  ['On Wednesday, as a part of his pre-election campaign, the Turkish President Recep Tayyip Erdoğan pledged to convert the Hagia Sophia.', ['Recep Tayyip Erdoğan'], 'person:erdogan'],
  ['Turkish Foreign Minister Mevlüt Çavuşoğlu met his Greek counterpart in Ankara.', ['Mevlüt Çavuşoğlu'], 'person:cavusoglu'],
  ['An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night.', ['Paweł Adamowicz', 'Gdańsk'], null],
  ['Politicians and the Archbishop of Gdańsk, Sławoj Leszek Głódź, were reported by local media to have visited the hospital.', ['Sławoj Leszek Głódź'], null],
  ['On Sunday, Polish leader Jarosław Kaczyński of the conservative Law and Justice Party spoke in Warsaw.', ['Jarosław Kaczyński'], 'person:kaczynski-jaroslaw'],
  ['Former Polish president Lech Wałęsa criticised the government.', ['Lech Wałęsa'], null],
  ['According to reports, criticism within Serbia has said COVID-19 cases rose because President Aleksandar Vučić allowed the elections.', ['Aleksandar Vučić'], 'person:vucic'],
  ['Prime Minister Igor Matovič of the Slovak Republic posted a message on Facebook on Friday.', ['Igor Matovič'], null],
  ['The researchers dedicated the paper to Stanislav Štefl, one of the fellow researchers who died in a car accident.', ['Stanislav Štefl'], null],
  ['Planetary scientist Vlada Stamenković of the NASA Jet Propulsion Laboratory and colleagues have developed a new model.', ['Vlada Stamenković'], null],
  ['The team from the University of Hawaii at Mānoa studied the eruption of Kīlauea.', ['Mānoa', 'Kīlauea'], null],
  ['Pohiva was evacuated Wednesday afternoon from Nukuʻalofa to New Zealand.', ['Nukuʻalofa'], null],
];

/**
 * Names with hyphens and particles. Sentences from English Wikinews (CC BY 2.5): "United States military
 * kills Qasem Soleimani", "Cairo summit denounces Turkish-Libyan maritime border deal", "Escape room fire kills
 * five teen girls in Koszalin", "NYC Mayor de Blasio ends US presidential campaign", "Mokha, Yemen bomb kills
 * photojournalist …", "Sultan Qaboos of Oman dies", "Former Egyptian President Hosni Mubarak dies", "Fiancée of
 * murdered Saudi journalist demands justice …", "South African 'Lion Man' killed by his lions", "Fire erupts in
 * parking structure at Sola Airport", "World Health Organization names new coronavirus COVID-19", "Iranian
 * government official … dies", "Bombs kill at least 20 at cathedral in Mindanao", "FIFA World Cup 2018 day five",
 * "Scientific study suggests dinosaurs flapped their wings", "New studies may bring slug-made glues closer to
 * use", "Yemeni journalist Nabil Hasan al-Quaety shot dead", "Students compete in … Neurosurgery Olympiad".
 */
const HYPHENS_AND_PARTICLES: readonly Case[] = [
  ['Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke out against the attack, calling it "an aggression on Iraq as a state, government and people".', ['Adil Abdul-Mahdi'], 'person:abdul-mahdi'],
  ['He was being met by Abu Mahdi al-Muhandis, who was also killed in the airstrike.', ['Abu Mahdi al-Muhandis'], null],
  ['In a statement following the attack, Ahmed al-Assadi, a spokesman for the PMF, blamed both Israel and the United States for the attack.', ['Ahmed al-Assadi'], null],
  ['Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on Wednesday.', ['Jean-Yves Le Drian'], 'person:le-drian'],
  ['Tomasz Kubiak, a fire service spokesman, told Agence France-Presse the male victim is in intensive care with "severe burns".', ['Agence France-Presse'], null],
  ['Yesterday, Bill de Blasio, the mayor of New York, New York, ended his campaign for president of the United States.', ['Bill de Blasio'], null],
  ['A bombing was yesterday reported to have killed Abu Dhabi TV photojournalist Ziad al-Sharabi in the Red Sea port town of Mokha, Yemen.', ['Ziad al-Sharabi'], null],
  ['On Friday, Qaboos bin Said, the long-serving Sultan of Oman, died aged 79.', ['Qaboos bin Said'], null],
  ["Egypt's current President Abdel Fattah al-Sisi announced three days of national mourning, Wednesday through Friday.", ['Abdel Fattah al-Sisi'], 'person:sisi'],
  ['According to Reuters and NBC, Mohammad bin Salman is the de facto Saudi ruler.', ['Mohammad bin Salman'], 'person:mbs'],
  ['Leon van Biljon, owner of Mahala View Lion Lodge near Pretoria, South Africa, was killed by his lions on Tuesday.', ['Leon van Biljon'], null],
  ['Nils-Erik Haagenrud of Rogaland Fire and Rescue said late on Tuesday no personnel would be sent into the building.', ['Nils-Erik Haagenrud', 'Rogaland Fire and Rescue'], null],
  ['Johns Hopkins Center for Health Security medical anthropologist Monica Schoch-Spana told the press in a separate interview.', ['Monica Schoch-Spana'], null],
  ['Seyed Mohammad Mir-Mohammadi, a council member of Iranian Expediency Discernment Council, died of COVID-19, the government announced yesterday.', ['Mohammad Mir-Mohammadi'], null],
  ['Statements of condemnation have come from Organisation of Islamic Cooperation (OIC) head Yousef Al-Othaimeen, Pope Francis, and a spokesperson for President Rodrigo Duterte.', ['Yousef Al-Othaimeen'], null],
  ['Korea substituted Park Joo-Ho in the 28th minute of the game due to injury and was replaced by Kim Min-Woo.', ['Park Joo-Ho', 'Kim Min-Woo'], null],
  ['Co-author Jing-Shan Zhao said, "Our work shows that the motion of flapping feathered wings was developed passively."', ['Jing-Shan Zhao'], null],
  ['Christopher Gallego-Lazo, also an Ithaca undergrad, evaluated glue from the dusky Arion slug.', ['Christopher Gallego-Lazo'], null],
  ["The city's security chief, Abdullah al-Jahafi, announced on Facebook on Tuesday there were suspects in custody.", ['Abdullah al-Jahafi'], null],
  ['In 1905, President Theodore Roosevelt mediated a peace agreement between Japan and Russia, fostering the treaty that ended the Russo-Japanese War.', ['Russo-Japanese War'], null],
];

function check([text, names, actor]: Case): void {
  const record = analyze(pipeline, { text, published: '2020-01-15' });
  const mentions = record.entities.flatMap((e) => e.mentions.map((m) => ({ text: m.text, actor: e.actor?.id ?? null })));
  for (const name of names) assert.ok(mentions.some((m) => m.text === name), `"${name}" whole in ${JSON.stringify(mentions.map((m) => m.text))}`);
  if (actor) assert.equal(mentions.find((m) => m.text === names[0])?.actor, actor, `${names[0]} linked`);
}

test('names spelt beyond Latin-1 come out whole, and linked where the knowledge base has them', () => {
  assert.ok(DIACRITICS.length >= 12);
  for (const c of DIACRITICS) check(c);
});

test('hyphenated names and names with particles come out whole, and linked where the knowledge base has them', () => {
  assert.ok(HYPHENS_AND_PARTICLES.length >= 20);
  for (const c of HYPHENS_AND_PARTICLES) check(c);
});
