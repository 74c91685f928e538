/** Messages of the kind `argument`: debate claims, or questions about a claim, that an entry answers. */
export const ARGUMENT: readonly string[] = [
  'karabakh was basically an azerbaijani colony tho, so ofc they can leave',
  'why cant remedial secession apply to artsakh if they were facing a genocide??',
  'armenians had no choice but to secede, baku literally wanted to exterminate them',
  'the armenian genocide proves turks and azeris will always try to wipe out armenians',
  'nk wasnt occupied by armenia lol it was local armenians defending their own homes',
  'armenians in soviet azerbaijan got discriminated hard, no armenian schools no nothing',
  'if artsakh goes back under baku theyll be ethnically cleansed, simple as',
  'turkey sent syrian jihadist mercenaries, doesnt that prove azerbaijan wants to kill armenians?',
  'every other option was exhausted, minsk group talks went nowhere for like 30 yrs so secession ' +
    'is the only way left',
  'the 1988 vote of the karabakh soviet to join armenia was completely legal under soviet law',
  'azeris were never kicked out of armenia in 88, thats a myth',
  'what about the ~780k azerbaijani idps, dont they get a right to go home too?',
  'armenia isnt even involved, artsakh is an independent state run by its own people',
  "armenians were in karabakh way before azerbaijan existed, they're the natives there",
  'aliyev never offered any autonomy, thats just pr',
  'isnt armenia settling syrian and lebanese armenians on the occupied land?',
  'even if the war crimes claims are true, doesnt that justify independence on its own',
  'azerbaijan has a horrible record with minorities, everyone knows that',
  'hey quick q, isnt remedial secession supposed to stop a genocide BEFORE it happens?',
  'azerbaijan wants to wipe out every armenian in karabakh, thats literally the whole plan',
  'bro 1915 already showed what turks do to armenians, azeris are the same people so artsakh would be next',
  'karabakh was basically a colony of baku tbh. colonized peoples have a right to leave',
  'hey quick q, didnt moscow already reject karabakh joining armenia back in 88?',
  'turkey flew in syrian jihadists to fight, that alone proves they wanted to exterminate the armenians',
  'armenians in soviet azerbaijan got discriminated for decades - schools, jobs, everything. thats ' +
    'why they wanted out',
  'if azerbaijan takes it back every armenian there gets ethnically cleansed, no way around it',
  'aliyev never offered them anything. no autonomy, no guarantees, nada',
  'the minsk group talked for like 30 yrs and got nowhere so every other option is exhausted, ' +
    'secession is the only thing left',
  'armenia isnt even a party to this, its just local karabakh armenians fighting for themselves',
  'what happened to all the azerbaijanis who used to live in karabakh and the seven districts around it?',
  'isnt it true armenia was resettling armenians from lebanon and syria onto the occupied land',
  'the karabakh movement started totally peaceful, just petitions and a vote in the local soviet',
  'azeri soldiers committed war crimes this fall, executions on video. how is that not enough to ' +
    'justify independence for artsakh',
  'hi all. does remedial secession even work if the abuses havent happened yet? like can you ' +
    'secede to PREVENT a genocide',
  'azerbaijan is a dictatorship that crushes minorities, no armenian could ever live there safely',
  'karabakh was basically an azeri colony so ofc they had the right to break away',
  'azerbaijan wants to wipe out every armenian there, independence is literally the only way they survive',
  'after 1915 how is anyone supposed to expect armenians to live under turkic rule lol',
  'turkey shipped in syrian jihadists, that alone proves baku was planning a genocide',
  'armenians in soviet azerbaijan got discriminated against for decades thats why they wanted out',
  'if karabakh goes back under baku its ethnic cleansing, simple as that',
  'didnt azerbaijan commit war crimes this fall? surely that justifies independence',
  'baku never offered them anything. no autonomy, no security guarantees, nada',
  'hey folks quick q - isnt secession allowed if a genocide is likely to happen in the future?',
  'artsakh negotiated for almost 30 years, every other remedy is exhausted at this point',
  'the karabakh movement in 88 was totally peaceful, just petitions and protests',
  'didnt the soviet authorities actually approve karabakh joining armenia back in 1988?',
  'nkr runs itself, yerevan has basically nothing to do with how its governed',
  'recognising artsakh would be a win for human rights, period',
  'what about the azerbaijanis who got kicked out of those 7 districts, dont they get to go back?',
  'armenians have lived in that region for thousands of years, way before any azeris showed up',
  'azerbaijan is a nightmare for minorities, no non-azeri can live normally there',
  // Written for the classifier in the thirteenth session (never an evaluation set).
  'karabakh was never a colony of azerbaijan, the whole colonial framing is nonsense tbh',
  '@arsen_88 if it\'s not a colony then why do ppl keep calling it "decolonisation" lol',
  'the pogroms in sumgait and baku are literally the textbook case for remedial secession, you cant ' +
    "just wave that away and say 'territorial integrity' like it fixes everything. people were thrown out " +
    'of windows',
  'remedial secession isnt even a settled rule of intl law, its a theory a few professors like',
  'didnt the armenians reject every autonomy offer baku put on the table?',
  "bro the minsk group sat around for decades doing nothing, how is that 'exhausting all remedies' when " +
    'the remedy never got tried',
  "ex injuria jus non oritur. you can't build a state on an illegal occupation, end of story",
  'the 1988 oblast soviet vote was completely legal under soviet law at the time, they had every right ' +
    'to petition for transfer to the armenian SSR, moscow just refused because it was scared of the ' +
    'precedent',
  "@Turan_01 the UNSC resolutions never named armenia as the occupier, they say 'local armenian " +
    "forces', so stop pretending they say what u want",
  'ok but think about it, if armenia was just a neutral supporter like yerevan always claimed, why did ' +
    "the ECHR in chiragov say armenia had effective control over karabakh? that kills the 'its just the " +
    "local armenians' line completely",
  'how do you claim a right to secede because of discrimination and then kick every azerbaijani out of ' +
    'seven districts that were never even part of the oblast',
  'genocide fears are real when your neighbour openly calls you the enemy. remedial secession exists for exactly this',
  'soviet era discrimination against karabakh armenians was real, no armenian tv, textbooks blocked, ' +
    'investment going to azeri villages instead, the 1988 petitions list all of it and moscow admitted ' +
    'some of it was true',
  'the thing nobody on the armenian side wants to admit is you dont fix one injustice by creating ' +
    'another. even if the pogroms were horrible it doesnt justify occupying agdam, kelbajar and the rest ' +
    'and keeping azerbaijani idps in camps for decades',
  'russia was playing both sides the whole time, dont tell me this was a purely local conflict',
  "the diaspora lobby basically wrote armenia's karabakh policy, this was never some grassroots " +
    'self-determination thing',
  'so self-determination only counts for colonial peoples? then karabakh armenians have no external ' +
    'right at all and just have to accept whatever baku decides, even after pogroms? is that seriously ur ' +
    'point',
  '@lilit.h serious question, if the 1990 soviet secession law let autonomous regions decide their own ' +
    'status when a republic leaves the union, why does azerbaijan act like the 1991 referendum in ' +
    'karabakh was illegal?',
  'uti possidetis. azerbaijan left the ussr with karabakh inside its borders, thats how every ' +
    'post-soviet border got settled',
  "autonomy was offered like a hundred times, 'highest degree of autonomy', armenia just never wanted it",
  'highest degree of autonomy means nothing when the same state ran pogroms against u, nobody sane accepts that deal',
  'people keep saying armenia exhausted all peaceful remedies but the talks were never only about ' +
    "status, armenia kept the districts as a 'security belt' and refused every phased plan, so how is " +
    'that exhaustion of remedies exactly',
  "the seven districts were never claimed by the NKAO, there's zero legal argument for holding them",
  'both sides got cleansed, armenians from baku and azerbaijanis from karabakh, so the remedial ' +
    'argument kinda cancels itself out no?',
  'honestly the colonial argument is backwards, it was moscow that drew the borders and put karabakh in ' +
    'the azerbaijani ssr, so calling azerbaijan a colonizer ignores that both were soviet republics under ' +
    'the same centre',
  'wasnt the whole point of 822, 853, 874 and 884 that occupying forces withdraw immediately? armenia ignored all four',
  "so a state that sends soldiers, money and passports isnt a 'third party'? lol ok",
  "the article's logic means no oppressed minority could ever secede unless the parent state agrees, " +
    'which is kinda convenient for baku. remedial secession exists precisely because sometimes the state ' +
    'itself is the threat',
  'you cant claim victimhood and then sit on azerbaijani land outside the oblast for decades',
  'is the 1915 genocide actually relevant to karabakh secession or is that just emotional framing',
];
