"""High-recall crisis lexicon (English and Spanish): the phrases that mean a person may not be safe.

The model catches what is worded in ways no list foresees; this layer makes sure the plain statements are never
missed, whatever the model thinks, and names the phrase that triggered the decision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from triage.core.crisis_safety import IDIOMS, PAST, RULED_OUT, SAFE, SENTENCE
from triage.core.prefilter import PatternSet

_EN = r"""
\b(kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|burned|starve|starving|punish|punishing|hitting|punching|scratching|biting)\s+(myself|my\s?self|herself|himself|themself|themselves)\b(?!\s+(with|at|over|for|to)\s+(work|the\s+job|this|school|studying|deadlines))
\bself[-\s]?harming\b|\b(been|started|am|keep|keeps|is|was)\s+self[-\s]?harm\w*|\bself[-\s]?harm\w*\s+again\b
\b(disclosed|reported|endorsed|expressed|admitted\s+to|has|with)\s+(active\s+)?suicidal\s+(ideation|thoughts)\s+(with|and)\s+(a\s+)?plan\b
\b(been|started|start|keeps?|is|was|caught\s+(her|him|them))\s+cutting\b(?!\s+(out|back|down|off|ties|class|classes|school|corners|costs?|carbs|sugar|food))|\bcut\s+(too\s+deep|deeper)\b
\bcutting\s+(again|herself|himself|themselves|myself|(on\s+)?(her|his|my)\s+(arms?|legs?|thighs?|wrists?|skin|stomach))\b
\b(found|saw|noticed|seen)\s+(\w+\s+){0,2}(cuts|cut\s+marks|fresh\s+cuts|scars|burns)\s+(on|all\s+over)\s+(my\s+\w+'s|her|his|their)\s+((upper|lower|inner)\s+)?(arms?|wrists?|legs?|thighs?|stomach|skin)\b
\b(hitting|banging|punching)\s+(my|his|her|their)\s+(head|face)\b|\buntil\s+(i|she|he)\s+bleeds?\b|\brazor\s*(blade)?s?\b
\b(am|'m|im|feel|feeling|felt|been|is|are|getting|was|being)\s+(so\s+|really\s+|very\s+|kind\s+of\s+|pretty\s+|a\s+bit\s+)?suicidal\b
\b(having|have|has|experiencing|getting|been|with)\s+(some\s+|these\s+|a\s+lot\s+of\s+|more\s+)?suicidal\s+(thoughts?|ideation|feelings?|urges?)
\b(thinking|thought|think|thoughts|thinks)\s+(more\s+than\s+once\s+)?(about|of)\s+(suicide|killing\s+(myself|himself|herself)|ending\s+(it|my\s+life|things)|dying|not\s+being\s+here|taking\s+my|hurting|harming)\b
\b(commit(ting)?|attempt(ed|ing)?)\s+suicide\b|\bsuicide\s+(attempt|note|plan)\b|\bplan(ning)?\s+(my|his|her)\s+suicide\b|\bclose\s+to\s+attempting\b
\bend(ing)?\s+(my|his|her)\s+(own\s+)?life\b|\bend\s+it\s+(all|now|tonight|for\s+good)\b|\bjust\s+end\s+it\b|\b(going\s+to|gonna|gunna)\s+(just\s+)?end\s+it\b(?!\s+(with|after|here|there|at|on|for|early|when|once|soon|this|next|today|in)\b)|\btak(e|ing)\s+(my|his|her|their)\s+(own\s+)?life\b
\b(go|went|going)\s+to\s+sleep\s+(together\s+)?and\s+(not|never|didn't|did\s+not|don't|wouldn't)\s+wake\s+up\b(?!\s+(until|till|for|in\s+time|on\s+time|early|with))|\bgo\s+to\s+sleep\s+(forever|for\s+good)\b|\b(we|i)\s+(both\s+)?(just\s+)?(didn't|did\s+not|never|wouldn't)\s+wake\s+up\b(?!\s+(until|till|for|in\s+time|on\s+time|early|with))
\b(want|wants|wanted|wanting|wanna|wish|wishes)\s+(to\s+)?(die|be\s+dead|was\s+dead|were\s+dead|disappear(\s+forever)?)\b
\bwish(es|ed|ing)?\s+(i|she|he|they)\s+(was|were|wasn't|weren't|had|hadn't|didn't|wouldn't|would\s+not|did\s+not)\s+(dead|never\s+been\s+born|never\s+born|wake|woken|here|alive)\b|\bwishing\s+i\s+(hadn't|didn't|wouldn't)\b
\bbetter\s+off\s+(dead|without\s+(me|him|her|us)|if\s+i\s+(just\s+)?(was|were)n?'?t?\s+(here|around|alive)|with\s+(the\s+)?(life\s+)?insurance|with\s+a\s+different\s+(mom|dad|mother|father|wife|husband))\b
\b(don't|dont|do\s+not|doesn't|no\s+longer)\s+(really\s+|even\s+|honestly\s+)?want\s+to\s+(be\s+here|live|be\s+alive|exist|wake\s+up|keep\s+living|go\s+on)\b|\btired\s+of\s+(existing|living|being\s+alive)\b
\b(no|any|isn't\s+much|not\s+much)\s+(reason|point)\s+(to|in)\s+(live|living|going\s+on|being\s+alive|waking\s+up|stay|staying|be\s+here)\b|\blived\s+long\s+enough\b
\b(can't|cant|cannot|can\s+not)\s+(go\s+on|keep\s+going(?!\s+(to|in|into|back|through|with|out|on\s+like|like\s+this\s+at))|do\s+this\s+any\s?more|take\s+(it|this)\s+any\s?more|keep\s+doing\s+this)\b|\bi\s+(don't|dont)\s+think\s+i\s+can\s+keep\s+going\b
\bnot\s+sure\s+i\s+can\s+keep\s+going\b|\b(don't|dont|doesn't|do\s+not|can't)\s+(really\s+|even\s+|honestly\s+|just\s+)?see\s+(the|any|much)\s+point\b(?!\s+(of|in)\s+(getting\s+dressed|dressing\s+up|decorating|cooking|putting\s+up|celebrating|going\s+to\s+(church|work|class|the\s+gym|parties)|therapy|couples\s+therapy|my\s+(job|degree|classes)))|\b(point|reason)\s+(of|in|to)\s+(going\s+on|carrying\s+on|living|being\s+alive|keep\s+going)\b|\bwhat's\s+the\s+point\s+(of|in)\s+(anything|any\s+of\s+it|living|life|going\s+on|trying)\b|\bwhat\s+the\s+point\s+of\s+(any\s+of\s+it|anything|living)\b
\bstill\s+be\s+(around|here|alive)\b|\b(don\'t|do\s+not)\s+(really\s+)?think\s+i(\'ll|\s+will)\s+(still\s+)?be\s+(around|here|alive)\b|\bwon't\s+be\s+(around|here|a\s+problem|a\s+burden)\s+(much\s+longer|for\s+long|anymore|any\s+more|by\s+then)\b|\bif\s+i'?m\s+still\s+(here|alive|around)\b|\bwon't\s+be\s+here\b
\b(won't|will\s+not|don't\s+expect\s+(i'll|i\s+will|to))\s+(need\s+to\s+|have\s+to\s+|be\s+)?(trouble|bother|burden)(ing)?\s+(anybody|anyone|you|them|people|everyone)\s+(much\s+|for\s+much\s+)?(longer|for\s+long)\b
\b(goodbye|good-bye|farewell)\s+(letter|note|letters|notes|message|post|video|text)s?\b|\bthank(s|\s+you)\s+(all\s+|everyone\s+|guys\s+|you\s+all\s+)?for\s+everything,?\s+(i'?m|i\s+am)\s+(so\s+)?sorry\s*[.!]*\s*["”']|\b(sounded|sounds|read|reads)\s+like\s+a\s+(goodbye|good-bye|farewell)\b|\bsaying\s+(stuff|things)\s+like\b.{0,30}\bend\s+it\b|\bsaying\s+goodbye\s+to\s+everyone\b|\b(texted|text|message|note)\b.{0,40}\bgoodbye\b
\b(put|putting|got|gotten|getting|get|have|had)\s+(all\s+)?(of\s+)?(my|his|her)\s+affairs\s+in\s+order\b|\b(written|wrote|writing|write)\s+(\w+\s+)?letters?\s+to\s+(my|each\s+of\s+my)\s+(children|kids|family|wife|husband|sons?|daughters?|parents)\b.{0,80}\b(affairs|before\s+then|in\s+order|goodbye|after\s+i'?m\s+gone)
(^|[.!?\n]\s*)what'?s\s+the\s+point\s*[.!?]*\s*$|\bwhat'?s\s+the\s+point\b.{0,80}\bi\s+(have|made|'ve\s+got)\s+a\s+plan\b|\bi\s+(have|made|'ve\s+got)\s+a\s+plan\b.{0,120}\bjust\s+wanted\s+(someone|somebody|you)\s+to\s+know\b
\b(talking|talks|talked|been\s+talking)\s+about\s+"?(ending\s+it|ending\s+(his|her|their|my)\s+life|killing\s+(himself|herself|themselves)|not\s+being\s+around)\b
\b(won't|wont|will\s+not)\s+have\s+to\s+(deal\s+with|worry\s+about|put\s+up\s+with|take\s+care\s+of)\s+me\s+(much\s+|for\s+much\s+)?(longer|for\s+long)\b
\b(i'?ve|i\s+have)\s+made\s+(my\s+)?peace\s+with\s+(things|everything|it\s+all|it|the\s+world)\b
\bpills?\s+(all\s+)?lined\s+up\b|\b(have|has|got)\s+(the\s+|my\s+|his\s+|her\s+)?pills\s+(lined\s+up|ready|counted\s+out|out\s+in\s+front)\b
\bwon't\s+be\s+needing\s+(them|it|those|any\s+more)\b[\s\S]{0,300}\b(taken\s+care\s+of\s+everything|left\s+a\s+note\s+for|going\s+to\s+my\s+(neighbou?r|sister|brother|friend|mom|mother))\b
\b(taken\s+care\s+of\s+everything|left\s+a\s+note\s+for\s+my)\b[\s\S]{0,300}\bwon't\s+be\s+needing\b
\bso\s+(nobody|no\s+one|no-one)\s+(will\s+have|has|would\s+have|will\s+need|needs)\s+(a\s+mess|to\s+(deal\s+with|sort\s+out|clean\s+up)\s+(a\s+mess|anything|it\s+all|my))\b|\b(paperwork|papers|accounts|finances)\b[^.!?]{0,60}\bin\s+order\b[^.!?]{0,40}\bso\s+(nobody|no\s+one)\b
\b(take|taking|takes)\s+better\s+care\s+of\s+(him|her|them|it|my\s+\w+)\s+than\s+i\s+(can|could|ever\s+could|will|would)\b
\b(gave|given|giving|took|taken|rehomed)\s+(away\s+)?(my|our)\s+(cat|dog|pets?|bird|kitten|puppy)\b[\s\S]{0,300}\b(thank(s|\s+you)\s+for\s+trying(?!\s+to\b)|so\s+tired\s+of\s+everything)\b
\b(thank(s|\s+you)\s+for\s+trying(?!\s+to\b)|so\s+tired\s+of\s+everything)\b[\s\S]{0,300}\b(gave|given|giving|took|taken|rehomed)\s+(away\s+)?(my|our)\s+(cat|dog|pets?|bird|kitten|puppy)\b
\bwon't\s+be\s+needing\s+(them|it|those|any\s+more)\b[\s\S]{0,300}\b(took|gave|brought|dropped)\s+(\w+\s+){1,3}(over\s+|off\s+)?(to|with)\s+my\s+(neighbou?r|sister|brother|friend|mom|mother|dad|cousin)
\b(or\s+any\s+(after|more\s+after)\s+that|sorry\s+for\s+wasting\s+your\s+time)\b[\s\S]{0,300}\b(given|gave|giving|left)\s+(\w+\s+){1,2}(to|with)\s+my\s+(neighbou?r|sister|brother|friend|mom|mother|dad|cousin)\b
\b(gave|given|giving)\s+(away\s+)?(\w+\s+){0,3}my\s+\w+[^.!?]{0,80}\b(don't|won't|dont)\s+(really\s+)?need\s+(them|it|those|that)\s+any\s?more\b
\b(given|gave|giving|left)\s+(\w+\s+){1,2}(to|with)\s+my\s+(neighbou?r|sister|brother|friend|mom|mother|dad|cousin)\b[\s\S]{0,300}\b(doesn't|does\s+not|don't|won't)\s+get\s+stuck\s+with\b
\bmade\s+(my\s+)?peace\s+with\s+(things|everything|it\s+all)\b[\s\S]{0,200}\b(won't\s+be\s+needing|goodbye|wasn't\s+(her|his|your)\s+fault)\b
\b(sort(ing|ed)?\s+out|settl(ing|ed)|tying\s+up|tied\s+up)\s+(all\s+)?(of\s+)?my\s+affairs\b[\s\S]{0,300}\b(letters?\s+to|gave\s+(away\s+)?(\w+\s+){0,2}my)\b[\s\S]{0,300}\b(somewhere\s+to\s+go|new\s+home\s+for|(weirdly|strangely|oddly)\s+calm|at\s+peace\s+with)\b
\b(getting|got|put|putting|have|had)\s+(things|everything)\s+in\s+order\b[\s\S]{0,300}\b(gave|given|giving)\s+(away\s+)?(\w+\s+){0,2}(my|our)\b[\s\S]{0,300}\b(letters?\s+to|for\s+afterwards|after\s+i'?m\s+gone)\b
\b(think|thinking|thought|thoughts)\s+(about|of)\s+not\s+waking\s+up\b|\b(kind\s+of\s+|sort\s+of\s+|almost\s+)?hope\s+i\s+(don't|dont|do\s+not|never)\s+wake\s+up\b
\b(none|any)\s+of\s+this\s+(is|was)\s+your\s+fault\b(?!,?\s+but\b)[\s\S]{0,300}\b(won't\s+be\s+needing|take\s+care\s+of\s+yourself|goodbye|cancel\s+(all\s+)?(my|the)\s+(appointments|sessions)\s+(going\s+forward|from\s+now\s+on))\b
\b(won't\s+be\s+needing|cancel\s+(all\s+)?(my|the)\s+(appointments|sessions)\s+(going\s+forward|from\s+now\s+on))\b[\s\S]{0,300}\b(none|any)\s+of\s+this\s+(is|was)\s+your\s+fault\b
\bgiv(e|ing|en)\s+(away\s+)?(a\s+lot\s+of\s+|all\s+of\s+|most\s+of\s+|all\s+)?(my|her|his)\s+(stuff|things|belongings|possessions)\s*(away)?\b|\bgave\s+away\s+(my|most\s+of\s+my|all\s+(of\s+)?my)\b
\b(since|because|as)\s+(i|she|he)\s+won't\s+(be\s+)?need(ing)?\s+(them|it|those|any\s+of\s+(it|them))\b(?!\s+(in|at|for|until|till|there|here|this|next|when|after|once|during)\b)|\b(i|she|he)\s+won't\s+need\s+(them|it|those)\s+(anymore|any\s+more|much\s+longer|where\s+i'?m\s+going)\b
\btook\s+more\s+(of\s+)?(my|her|his|the)?\s*(\w+\s+)?(pills|meds|medication|tablets)\s+than\b|\b(pills|meds|medication)\b.{0,30}\bthan\s+(i|she|he)\s+should\s+have\b
\b(have|saved|saving|stockpil\w*|hoard\w*|collecting)\s+(up"?\s+)?(the\s+|my\s+|her\s+|his\s+|their\s+|a\s+bunch\s+of\s+|enough\s+)?(sleeping\s+|old\s+)?(pills|meds|medication)\b
\b(holding\s+on\s+to|keeping|saving|counting|hiding)\s+(all\s+)?(my|his|her|the)\s+(old\s+)?(prescriptions|pills|meds|medications|sleeping\s+pills)\b|\b(thinking|thought)\s+about\s+how\s+(i'?d|i\s+would|to)\s+do\s+it\b|\bplanning\s+(it|how)\b|\bgetting\s+ready\s+for\s+something\b
\bhow\s+many\s+(pills|it\s+would\s+take)\b|\boverdos(ed|ing)\b|\btook\s+(an\s+)?overdose\b|\btook\s+(too\s+many|a\s+bunch\s+of|a\s+lot\s+of|an\s+entire\s+bottle|a\s+whole\s+bottle|a\s+bottle|a\s+handful|all\s+(of\s+)?(my|the|his|her))\b
\b(hang|hanging)\s+(myself|himself|herself)\b|\bnoose\b|\bjump(ing)?\s+(off|in\s+front|from)\b|\bgoing\s+to\s+jump\b|\b(have|has|got|bought|own|owns)\s+(a\s+)?(gun|guns|handgun|pistol|rifle)\b|\b(knife|knives)\b
\b(steer(ing)?|driv(e|ing)|crash(ing)?|swerv(e|ing)|drift(ing)?)\s+((my|his|her|their|the|our|a)\s+(car|truck|van|suv|jeep|motorcycle)\s+)?(off|into)\s+(the\s+|a\s+)?(median|bridge|road|tree|wall|traffic|lake|river|cliff|oncoming|pole|ocean|barrier|guard\s?rail|overpass|abutment)\b|\bgarage\s+with\s+the\s+(car|engine|motor)\s+running\b|\blet(ting)?\s+the\s+(wheel|car)\s+(drift|go|slip|turn)\b
\b(stood|standing|stand|sat|sitting)\s+(on|at)\s+(the\s+)?(edge\s+of\s+)?(the\s+|a\s+)?([\w'-]+\s+){0,2}(bridge|ledge|overpass|roof|rooftop|cliff)\b[^.!?]{0,60}\b(thinking\s+about\s+(it|jumping|ending|whether|how)|jump(ing)?\b)|\bthink(ing)?\s+about\s+jumping\b(?!\s+(in(to)?|back|ship|on|at|ahead|through|the\s+gun|right|over|aboard))
\b(ways?|how)\s+to\s+(die|kill\s+(myself|yourself)|end\s+(my|your)\s+life)\b|\bmak(e|ing)\s+it\s+(all\s+)?stop\s+for\s+good\b|\bbefore\s+i\s+do\s+something\s+(stupid|drastic|i\s+(can't|will)\s+\w+)\b(?!\s+like\s+(?![^.!?]{0,30}\b(hurt|harm|kill|end\s+(it|my\s+life|things)|die|jump\w*|cut\s+myself|overdos\w*|pills|gun|crash|drive\s+(off|into))\b))
\b(afraid|scared|terrified|worried)\s+(i|that\s+i|i'm|i\s+am|i'll)\s+(might|will|would|could|'ll|going\s+to|am\s+going\s+to)?\s*(hurt|harm|kill|shake|do\s+something)\b
\bscared\s+of\s+what\s+(i|she|he)('ll|\s+will|\s+might|'ll\s+do|\s+could)\b|\b(thoughts?|images?|visions?|urges?|thinking)\s+(about|of)\s+(\w+\s+){0,2}(hurting|harming|killing|drowning|stabbing|shooting)\b
\b(keep\s+)?(picturing|imagining)\s+.{0,40}\b(hurting|killing|stabbing|shooting)\s+(him|her|them|my|someone)\b
\b(i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna|i\s+swear\s+i'?ll)\s+(really\s+|actually\s+)?(kill|hurt|stab|shoot|strangle)\s+(him|her|them|my\s+ex|that\s+\w+)\b(?=.{0,120}\b(i\s+mean\s+it|not\s+joking|i'?m\s+serious|dead\s+serious|bat|gun|knife|weapon|this\s+time|one\s+more\s+time))
\bkill\s+(someone|somebody|people|us|the\s+kids|me\s+and|my\s+(wife|husband|kids|children|baby|son|daughter|mom|mother|dad|family|partner))\b|\b(he'?ll|she'?ll|he\s+will|she\s+will|(he|she|they)('s|\s+is|\s+was)?\s+(going\s+to|gonna)|threaten(ed|s)?\s+to|said\s+he\s+would|said\s+she\s+would)\s+(hurt|kill)\s+(me|us|the\s+kids|her|him|my)\b
(?<!it\s)(?<!this\s)(?<!that\s)(?<!then\s)(?<!news\s)(?<!layoffs\s)(?<!layoff\s)(?<!reality\s)(?<!grief\s)\b(hit|hits|hitting|beat|beats|beating|choked|chokes|choking|strangled|strangling|kicked|punched|slapped)\s+(me|her|him|us|my\s+(daughter|son|kids|children|mom|mother|wife|sister))\b(?!\s+(up|that|how|when|what|just|hard|like|today)\b)
\b(pushed|shoved|threw|thrown|slammed)\s+(me|her|him)\s+(down|against|into|to\s+the|off|on\s+the)\b|\bthrew\s+(a|an|the)\s+\w+\s+at\s+(me|my|her|him)\b|\b(grabbed|had)\s+(me|her|him)\s+by\s+the\s+(throat|neck|hair)\b|\bstrangl\w+|\bbruises?\b
\b(has\s+been|have\s+been|keeps?|started)\s+(hurting|hitting|beating)\s+(me|her|him|us|the\s+kids|my|our)\b|\bhurts\s+(our|my|the)\s+(daughter|son|kids|children|baby)\b
\b(scared|afraid|terrified)\s+to\s+(go|be)\s+(home|back)\b|\bwon't\s+let\s+me\s+leave\b|\bnot\s+safe\s+(at\s+home|here|with\s+him|with\s+her)\b|\bafraid\s+for\s+my\s+life\b|\bhiding\s+in\s+the\s+(bathroom|closet)\b(?!\s+(at|during|between|in\s+(class|school)|instead\s+of))(?<!periods\shiding\sin\sthe\sbathroom)(?<!classes\shiding\sin\sthe\sbathroom)|\bhiding\s+in\s+bathroom\b(?!\s+(at|during)\s+school)
\bthreaten(ed|s|ing)\s+to\s+(kill|hurt)\b|\b(touch(es|ed|ing)|abus(ed|es|ing))\s+(her|him|me|my\s+(daughter|son|child|kid))\b.{0,40}\b(inappropriate|sexual|private|nobody|when|alone|at\s+night)\w*|\bdoes\s+things\s+to\s+(her|him|me)\b
\bsexually\s+abus\w+|\bmolest(ed|ing|s|ation|er)?\b|\bcoming\s+into\s+my\s+room\s+at\s+night\b|\bburned\s+with\s+cigarettes\b|\blocked\s+(me|him|her)\s+(in|out)\b
\b(voices?|the\s+voice|god|the\s+devil)\s+(is|are|says?|keeps?|keep)\s+(telling|saying|tell)?\b|\btelling\s+(me|him|her)\s+(i\s+need\s+to|to|he\s+has\s+to|she\s+has\s+to|i\s+have\s+to)\s+(drive|kill|hurt|jump|cut|punish)\b
\bhaven't\s+eaten\s+(anything\s+)?(in|for)\s+(\w+\s+)?(days|a\s+week)\b|\bnot\s+eating\s+for\s+(\w+\s+)?days\b
\b(posted|sent|texted)\s+(a\s+)?(goodbye|suicide)\b|\bi'm\s+a\s+burden\s+(to|on)\s+(everyone|my\s+family)\b|\bjust\s+want\s+(it|everything)\s+(all\s+)?to\s+(stop|end)\b
\bdoubt\s+(that\s+)?i('ll|\s+will|'d|\s+would)\s+(still\s+)?be\s+(around|here|alive)\s+(long\s+enough|much\s+longer|for\s+long|to\s+see)\b|\b(they'?d|they\s+would|everyone\s+would|everyone'?d)\s+(all\s+)?(do|be)\s+(just\s+)?fine\s+without\s+(me|the\s+dead\s+weight)\b(?!\s+(for|at|on|while|during|this|next|tonight|today|there)\b)
\b(pills|meds|medications?|tablets|oxy\w*|painkillers)\b[^.!?]{0,80}\b(i'?ve|i\s+have|i'?m|i\s+keep)\s+(been\s+)?counting\s+(them|those)\b(?!\s+(to|so|for|every|each|daily|out\s+for)\b)|\b(don'?t|do\s+not)\s+think\s+any(one|body)\s+would\s+(even\s+)?(notice|care|miss\s+me)\s+(for\s+(a\s+while|days|weeks)|if\s+i\s+(was|were)\s+gone|if\s+i\s+(disappeared|died))\b
\b(have|got)\s+what\s+i\s+need\s+(\w+\s+){0,3}to\s+(make\s+it\s+quick|end\s+it)\b|\bmake\s+it\s+quick\s+when\s+i\s+decide\b
\bmake\s+(her|him|them)\s+pay\b[\s\S]{0,200}\b(gun|rifle|pistol|knife)\b|\b(gun|rifle|pistol|knife)\b[\s\S]{0,200}\bmake\s+(her|him|them)\s+pay\b
\bi\s+counted\s+out\s+(\w+\s+){0,4}(pills|meds|oxy\w*|medications?|tablets|opioids|painkillers|sleeping\s+pills|xanax|ambien|percocet|vicodin)\b[^.!?]{0,120}\b(sat|stared|held|put\s+(it|them)\s+back)\b|\bsat\s+(\w+\s+){0,5}with\s+(the\s+|my\s+|his\s+|her\s+)?(pills|gun|rope)\b
\b(would|will)\s+(even\s+)?(care|notice|miss\s+me)\s+if\s+(i|she|he)\s+(was|were|disappeared|died)\b|\bif\s+i\s+(just\s+)?(disappeared|was\s+gone|were\s+gone|wasn't\s+(here|around|in\s+the\s+picture|alive)|weren't\s+(here|around|in\s+the\s+picture|alive)|died)\b|\bwhether\s+i\s+live\s+or\s+die\b
\blife\s+insurance\b[\s\S]{0,200}\b(better\s+off|more\s+than\s+i'?ll\s+ever\s+make|worth\s+more\s+(dead|gone))\b|\b(better\s+off|worth\s+more\s+(dead|gone))\b[\s\S]{0,200}\blife\s+insurance\b|(^|[.!?]\s+)(everyone|everybody)\s+(would|will|'d)\s+(all\s+)?be\s+better\s+off\s*[.!]
\b(not|isn't|wasn't)\s+wanting\s+to\s+(be\s+(here|alive|around)|live|wake\s+up)\b
\b(bring|brought|bringing|take|taking)\s+(something|a\s+(gun|weapon|knife|rifle|pistol))\s+(in(to)?\s+|to\s+)(work|school|the\s+office|the\s+plant|the\s+shop|class)\b
"""

_ES = r"""
\b(ya\s+)?no\s+quiero\s+(vivir|seguir\s+viviendo|despertar|estar\s+aqu[ií]|seguir)\b|\bquiero\s+seguir\s+aqu[ií]\b|\bno\s+s[ée]\s+si\s+(sigo|voy\s+a\s+seguir|quiero\s+seguir|voy\s+a\s+aguantar|voy\s+a\s+llegar)\b
\b(quiero|quiere|quer[ií]a|quisiera)\s+(morir|morirme|morirse|matarme|matarse|desaparecer|dejar\s+de\s+existir|no\s+despertar)\b|\bse\s+quiere\s+(morir|matar)\b|\bse\s+quer[ií]a\s+morir\b
\bmatar(me|se)\b|\bme\s+quiero\s+matar\b|\bquitar(me|se)\s+la\s+vida\b|\bacabar\s+con\s+(mi\s+vida|todo)\b|\bsuicid(arme|arse)\b|\bpensamientos\s+suicidas\b
\b(mejor|mejores)\s+sin\s+m[ií]\b|\bser[ií]a\s+mejor\s+(no\s+despertar|morirme|no\s+estar|no\s+existir|desaparecer)\b|\bestar[ií]an\s+mejor\s+(sin\s+m[ií]|con\s+su\s+(pap[áa]|mam[áa]))
\bpens(ado|ando|[ée]|ar)?\s+(mucho\s+)?en\s+(morir(me|se)?|matar(me|se)|tirar(me|se)|no\s+despertar|suicid\w+|estrellar)\b|\bpienso\s+(mucho\s+)?en\s+(morir|no\s+despertar|matarme|tirarme)
\b(me\s+)?(he|ha|has|est[áa]|estoy|estado)\s+(estado\s+)?cort[áa]ndo(me|se)?\b|\bcort[áa]ndo(me|se)\b|\bme\s+corto\b|\bme\s+cort[ée]\b|\bse\s+(est[áa]\s+)?cort(a|ando)\b|\bcortadas\s+en\b|\bcortar(se|me)?\s+las\s+venas\b|\bme\s+volv[ií]\s+a\s+(cortar|hacer\s+da[ñn]o)
\bhac(er|iendo)(me|se|le)?\s+da[ñn]o\b|\blastim(arme|[áa]ndo(se|me))\b|\bme\s+quem[ée]\b|\b(me|se)\s+(estoy\s+|est[áa]\s+|he\s+estado\s+)?golpe(a|o|ando)\b|\bgolpe[áa]ndo(me|se)\b
\bme\s+(pega|peg[óo]|golpea|golpe[óo]|empuja|empuj[óo]|avent[óo]|ahorc[óo])\b|\b(esposo|marido|novio|pareja|padrastro|pap[áa]|padre)\s+(le|les|me|nos)\s+(pega|peg[óo]|golpea|golpe[óo])\b|\b(agarr[óo]|apret[óo])\s+(del|el)\s+cuello\b|\bmiedo\s+(de|a)\s+(volver|regresar|ir)\s+a\s+(casa|mi\s+casa)\b|\bme\s+da\s+miedo\s+regresar\b
\bno\s+aguanto\s+m[áa]s\b|\bya\s+no\s+puedo\s+m[áa]s\b|\bno\s+le\s+veo\s+sentido\s+a\s+(la\s+vida|nada|vivir)\b|\bsoy\s+una\s+carga\b|\bno\s+le\s+ve\s+futuro\b|\b(razones|raz[óo]n)\s+para\s+(seguir|vivir)\b
\b(tengo|junt[ée]|guardo|guardando)\s+(las\s+|unas\s+)?pastillas\b|\bno\s+voy\s+a\s+estar\s+(aqu[ií]|mucho\s+tiempo)\b|\btom[ée]\s+(muchas|un\s+frasco|todas|un\s+mont[óo]n)\b|\bcu[áa]ntas\s+pastillas\b|\bmuchas\s+pastillas\b
\btirar(me|se)\b|\bse\s+va\s+a\s+tirar\b|\bsi\s+lo\s+dejo\s+me\s+mata\b|\bamenaz[óo]\s+con\s+matar|\bmatar\s+a\s+(alguien|mi|su)\b|\b(la|lo|me)\s+toca\s+cuando\b
\b(una\s+voz|voces|dios)\s+(que\s+me\s+dice|me\s+dice|dici[ée]ndo(le|me))|\bescucho\s+(una\s+)?voz\b|\bno\s+he\s+comido\s+en\b|\bmotor\s+(prendido|encendido)\b|\bestrellar\s+el\s+(carro|coche|auto)\b
\bmiedo\s+de\s+(lo\s+que\s+pueda\s+hacer|hacer(le|me)\s+da[ñn]o|matar)\b|\b(tiene|tengo)\s+(una\s+)?(pistola|arma)\b|\bvivi[óo]\s+suficiente\b|\bviv[ií]\s+suficiente\b|\bdios\s+(se\s+la|me)\s+lleve\b
\bcartas?\s+de\s+despedida\b|\bdespidi[ée]ndo(me|se)\b|\bse\s+despide\s+de\b|\bregalando\s+(mis|sus)\s+cosas\b|\bno\s+vale\s+la\s+pena\s+(seguir\s+)?(vivir|viviendo)\b|\bcuchillo\b|\bmoret[óo]n(es)?\b
"""

# Compiled case-sensitive and run on lower-cased text: Python's re is twice as fast that way.
PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(line.strip()) for line in (_EN + _ES).strip().splitlines() if line.strip()
)

_PATTERN_SET = PatternSet(PATTERNS)

_NEGATION = re.compile(
    # "without knocking and saw cuts on her thigh": a negation ends at "and", "but", "then", "so"
    r"(\b(not|never|no|without|denies|deny|denied|nunca|sin|tampoco|ni)\s+((?!(?:and|but|then|so|y|pero)\b)\w+\s+){0,3}"
    # "niega ideación suicida o de hacerle daño al bebé": a clinician's denial, in Spanish, of the whole list
    r"|\bniegan?\s+(?:ideaci[óo]n|pensamientos|intenci[óo]n|riesgo|planes?)\b[^.;]{0,60}"
    # "she's lonely and lost without him, not that she wants to hurt herself"
    r"|\bnot\s+that\s+(?:she|he|they|i)\s+(?:wants?|wanted|is\s+going|'s\s+going|plans?)\s+to\s+"
    r"|\b(don't|do\s+not|doesn't|haven't|hasn't|didn't|isn't|wasn't|never)\s+(have|had|feel|felt|having)\s+(any\s+)?(\w+\s+){0,2}"
    # "not having any thoughts of hurting myself": a denial, as doctors ask it
    r"|\b(not|never|no|don't|do\s+not|haven't|have\s+not|without|denies|deny|denied)\s+(been\s+)?"
    r"(having|have|had|experiencing|getting)?\s*(any\s+)?(thoughts?|urges?|intent(ions)?|plans?)\s+(of|about|to)\s+)$",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(
    r"\b(if\s+you|if\s+you're|if\s+this\s+is|si\s+(usted\s+)?(tiene|tienes|est[áa]|siente|sientes|necesita)|si\s+usted|in\s+case\s+of|anyone\s+who|callers?\s+(?:who|in\s+crisis|should|can)|"
    r"clients?\s+who|patients?\s+who|people\s+who)\b[^.!?\n]{0,60}$",
    re.IGNORECASE,
)
_NOW = re.compile(
    r"\b(?:keep|still|some\s+nights|at\s+night|lately|these\s+days|right\s+now|tonight|every\s+day|sometimes|"
    r"again|but)\b|\b(?:i|i'm|i\s+am)\s+(?:thinking|want|wanting|feel\s+like)\b",
    re.I,
)
"""A risk said as now ("but I keep thinking about ending it") is not made safe by "I'm safe" elsewhere."""
_ABOUT_ANOTHER = re.compile(
    r"\b(he|she|they|him|her|his|son|daughter|child|kid|student|patient|client|grader|teen|brother|sister|"
    r"husband|wife|partner|mom|dad|mother|father)\b",
    re.IGNORECASE,
)
_TRAINING = re.compile(
    r"\b(?:ce\s+(?:hours|credits|requirement)|continuing\s+education|webinar|workshop|training\s+for\s+clinicians|"
    r"register\s+now|you'?ll\s+learn|early\s+bird|in\s+this\s+issue|remind\s+(?:your\s+)?clients|member\s+spotlight|"
    r"ce\s+events?|warning\s+signs\s+(?:covered|of\s+suicide)|gatekeeper|per\s+seat|qpr|mental\s+health\s+first\s+aid)\b",
    re.IGNORECASE,
)
"""A course or newsletter for clinicians speaks of suicide as a subject, not as anyone's risk."""
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_FIRST_PERSON = re.compile(r"\b(i|i'm|i've|i'd|i'll|me|myself)\b", re.IGNORECASE)


# Clinical shorthand in referrals and discharge notes: read on the original text, case kept, because "si" is
# Spanish for "if" and "yes". A denial ("denies SI/HI") is ruled out by RULED_OUT before this is trusted.
_CLINICAL = re.compile(
    r"\b(?i:passive|active|ongoing|chronic|recent|current|intermittent|\+)\s*SI\b|\b(?i:intermittent\s+)?(?i:active)\s+(?i:w/|with)\s+(?i:plan)\b|\bSI\s*(?:/|and|w/|with)\s*(?:an?\s+)?(?:HI|plan)\b|"
    r"\b(?i:endorses|reports|endorsed|reported|disclosed|discloses|expressed|admitted|with|w/)\s+(?:passive\s+|active\s+)?(?:SI|HI)\b|"
    r"\bs/p\s+(?:intentional\s+|recent\s+)?(?:OD|overdose|SA|suicide\s+attempt|attempt)\b|"
    r"\b(?:intentional|recent|prior)\s+(?:OD|overdose)\b|\bOD(?:'d)?\s+(?:on|last|in)\b|\b5150\b|\b72[-\s]hour\s+hold\b|"
    r"\bSI\s+(?:is|'s|has\s+been|has|came|come|got|getting)\s+(?:back|worse|stronger|returned|more\s+\w+)\b|"
    r"\b(?i:it'?s|it\s+is|they'?re|thoughts\s+are)\s+not\s+passive\s+any\s?more\b|"
    r"\bNSSI\b|\bsafety\s+plan\b|\bpsych(?:iatric)?\s+(?:hold|admission|hospitalization)\b|\binpt\s+psych\b"
)
_DENIED_CLINICAL = re.compile(
    r"\b(?:den(?:ies|ied|y)|no|negative\s+for|without)\s+(?:any\s+)?(?:current\s+|recent\s+|active\s+|passive\s+)?(?:SI|HI|SI/HI|SI\s*/\s*HI)\b[^.;\n]*$",
    re.IGNORECASE,
)
_DENIED_IN = re.compile(
    r"\b(?:den(?:ies|ied|y)|no|negative\s+for)\s+(?:current\s+|active\s+|acute\s+)?(?:SI|HI|SI/HI)\b", re.IGNORECASE
)
_NO_HISTORY = re.compile(
    r"\b(?:no|never\s+had\s+an?|denies|without)\s+(?:\w+\s+)?(?:hx|history|h/o)\s+(?:of\s+)?(?:\w+\s+)?$"
    r"|\b(?:no|never\s+had\s+an?|denies)\s+(?:prior\s+|previous\s+|past\s+)?$",
    re.IGNORECASE,
)
"""'No hx of psychiatric hospitalization', 'No hx psych hospitalization': a history denied, before the shorthand it
would otherwise be."""


_HISTORY_OF = re.compile(
    r"\b(?:hx|h/o|history\s+of|history:|past|prior|remote)\s+(?:of\s+)?(?:a\s+|an\s+|one\s+|two\s+|\d\s+)?$",
    re.IGNORECASE,
)
"""'Hx passive SI', 'History of a 5150 hold', 'Relevant history: one 5150 hold in 2024': what happened before."""
_NONE_NOW = re.compile(
    r"^[^.\n]{0,60}?\b(?:none\s+(?:current(?:ly)?|now|since)|no\s+current|not\s+current|no\s+(?:si|si/hi)\s+since|denies\s+(?:current\s+)?"
    r"(?:si|plan|intent))\b",
    re.IGNORECASE,
)
_NOT_AT_RISK = re.compile(
    r"\bnot\s+(?:at\s+(?:acute\s+|immediate\s+|imminent\s+)?risk|in\s+(?:any\s+)?danger)\b"
    # "she found no suicidal risk"
    r"|\b(?:found|showed|shows|screened)\s+(?:\w+\s+){0,2}no\s+(?:suicidal\s+|acute\s+|current\s+|safety\s+)?risk\b"
    r"|\bno\s+suicidal\s+(?:thoughts|ideation)\s+(?:for|in|since)\b",  # "No suicidal thoughts for well over a year"
    re.IGNORECASE,
)
_DENIES_NOW = re.compile(
    r"\b(?:none\s+current(?:ly)?|no\s+current\s+(?:si|hi|risk)|denie[sd]\s+(?:any\s+)?(?:current\s+)?(?:si|hi|plan|intent))\b",
    re.IGNORECASE,
)
_ADMITTED_FOR = re.compile(
    r"\b(?:admit(?:ted)?|hospitali[sz]ed|presented|hospitalization|admission|inpatient\s+stay)\b[^.;\n]{0,40}\b(?:for|with|after|due\s+to)\b",
    re.IGNORECASE,
)
_NOW_DENIED = re.compile(r"\bdenie[sd]\s+(?:any\s+)?(?:current\s+)?(?:SI|HI|SI/HI|suicidal)", re.IGNORECASE)
_LOW_RISK = re.compile(
    r"\brisk\s+(?:was\s+|is\s+)?(?:assessed|rated|judged|considered)\s+(?:as\s+)?low\b|\blow\s+risk\b"
    r"|\b(?:assessed|rated|judged)\s+(?:the\s+|his\s+|her\s+|their\s+)?risk\s+as\s+low\b"
    r"|\bno\s+(?:current\s+|acute\s+|active\s+)?safety\s+concerns\b"
    r"|\bfuture[-\s]oriented\b|\bstabili[sz]ed\s+on\s+(?:the\s+)?unit\b",  # the team's judgement, in its own words
    re.IGNORECASE,
)
"""A discharge note that says why they were admitted, that they deny SI now and that the risk was judged low: a
referral to follow up, not a crisis (a current denial alone, without the team's judgement, is not enough)."""
_PLAN_UNUSED = re.compile(
    r"\b(?:haven'?t|have\s+not|never|hasn'?t|rarely)\s+(?:\w+\s+)?(?:needed|used)\b|\bstable\s+for\s+(?:well\s+)?(?:over\s+)?(?:\w+\s+)?(?:years|a\s+decade)\b|\bout\s+of\s+habit\b",
    re.IGNORECASE,
)


def clinical_risk(text: str) -> CrisisHit | None:
    """A referral's clinical shorthand for risk (passive SI, s/p OD, a 5150, a safety plan), unless denied."""
    settled = bool(_NOW_DENIED.search(text) and _LOW_RISK.search(text))
    for match in _CLINICAL.finditer(text):
        start, sentence = _sentence_at(text, match.start())
        before = text[start : match.start()]
        phrase = match.group(0).lower()
        if phrase.startswith("safety") and _PLAN_UNUSED.search(sentence):
            continue  # "a solid safety plan I haven't needed in a long time": stable, years on
        if _NO_HISTORY.search(before):
            continue
        if _HISTORY_OF.search(before) and _NONE_NOW.search(text[match.end() : match.end() + 80]):
            continue  # "Hx passive SI 2019, none current, denies plan/intent": the past, and denied now
        if settled and _ADMITTED_FOR.search(before):
            continue  # "Admit 3/5 for passive SI ... At discharge: denies SI/HI ... risk assessed as low": the past
        if _DENIED_CLINICAL.search(before + match.group(0)) and ("plan" not in phrase or phrase.startswith("safety")):
            continue  # "No current SI/HI, safety plan in place": the plan is the denial's company, not a risk
        if phrase.startswith("safety") and _LOW_RISK.search(sentence) and _DENIED_IN.search(sentence):
            continue  # "low risk, has a safety plan, no current SI": the plan sits between the two judgements
        if phrase.startswith("safety") and (_NOT_AT_RISK.search(sentence) or _NOT_AT_RISK.search(text)):
            continue  # "told us she is not at acute risk and sent us home with a safety plan": the ER's judgement
        if phrase.startswith("safety") and _DENIES_NOW.search(before):
            continue  # "none current, denies plan/intent at 5/14 visit, safety plan on file": kept, not needed
        if phrase.startswith("safety") and _DENIED_CLINICAL.search(before.replace(";", ",")):
            continue  # "No current SI; safety plan on file." (only the plan crosses the semicolon, never an OD)
        return CrisisHit(phrase=match.group(0), sentence=sentence[:300])
    return None


def crisis_in(text: str) -> CrisisHit | None:
    """The lexicon's hit, else clinical shorthand: what makes a message a crisis whatever the model says."""
    return find_crisis(text) or clinical_risk(text)


@dataclass(frozen=True)
class CrisisHit:
    phrase: str
    sentence: str
    about_another: bool = False
    """The person at risk is someone the writer speaks of ("my roommate took a lot of her pills"), not the writer."""


def _sentence_at(text: str, pos: int) -> tuple[int, str]:
    for match in SENTENCE.finditer(text):
        if match.start() <= pos < match.end():
            return match.start(), match.group(0).strip()
    return 0, text.strip()


_NO_APOSTROPHE = re.compile(r"\b(won|don|can|doesn|isn|wasn|didn|haven|couldn|wouldn)t\b|\b(i)(m|ve)\b", re.IGNORECASE)


def _apostrophes(text: str) -> str:
    """ "wont be around", "dont want to", "im done": the lexicon's phrases as they are typed on a phone."""
    return _NO_APOSTROPHE.sub(lambda m: f"{m.group(1)}'t" if m.group(1) else f"{m.group(2)}'{m.group(3)}", text)


def find_crisis(text: str, *, cleared: bool = False) -> CrisisHit | None:
    """The first risk statement in the text that is not negated, hypothetical or clearly in a safe past.
    `cleared`: instead, the first one that was said and then ruled out ("she said she was 'not wanting to be here'
    ... the crisis team cleared her"): no crisis, but a reply that ignores it reads as if it went unheard."""
    text = _apostrophes(text) if "'" not in text and "’" not in text else text
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters grow when lower-cased; then quote the lower-cased text
        text = lowered
    message_says_safe: bool | None = None  # read once, and only when a risk phrase is found
    idioms: list[tuple[int, int]] | None = None
    for pattern in _PATTERN_SET.candidates(lowered):
        for match in pattern.finditer(lowered):
            if idioms is None:
                idioms = [m.span() for m in IDIOMS.finditer(lowered)]
            if any(a <= match.start() and match.end() <= b for a, b in idioms):
                continue  # "convinced someone is going to break in and kill us": a fear, not a threat
            start, sentence = _sentence_at(text, match.start())
            before = text[start : match.start()]
            if _NEGATION.search(before) or _CONDITIONAL.search(before):
                continue
            # Whose words: a quote ("he screamed 'I want to die'") is reported speech, not the writer speaking.
            own = before.rsplit('"', 1)[0] if before.count('"') % 2 else before
            someone_else = _ABOUT_ANOTHER.search(sentence) is not None and not _FIRST_PERSON.search(
                _QUOTED.sub(" ", own)
            )
            if _TRAINING.search(text) and not _FIRST_PERSON.search(own):
                continue  # a course or newsletter speaks of suicide as a subject
            if message_says_safe is None:
                message_says_safe = bool(SAFE.search(text) or RULED_OUT.search(text))
            if (
                message_says_safe
                and (
                    PAST.search(sentence)
                    or RULED_OUT.search(sentence)
                    # "asked me whether I was thinking of hurting myself. I'm not.": the answer is the next sentence
                    or RULED_OUT.search(text[start : start + len(sentence) + 40])
                    or (SAFE.search(text) and not _NOW.search(sentence))
                    or (someone_else and RULED_OUT.search(text))
                )
            ):
                if (
                    cleared
                    and not PAST.search(sentence)
                    and not RULED_OUT.search(text[start : start + len(sentence) + 40])
                    and not SAFE.search(sentence)
                ):
                    return CrisisHit(phrase=text[match.start() : match.end()], sentence=sentence[:300])
                continue  # safe, in the past, or someone else's risk that a professional asked about and ruled out
            if cleared:
                continue
            phrase = text[match.start() : match.end()]
            # "I found razor blades in my daughter's room": what the writer found tells of someone else
            found_on_another = bool(_REPORTING.search(before)) and bool(_OTHER_SUBJECT.search(sentence))
            about_another = found_on_another or _whose(text[: match.start()], phrase)
            return CrisisHit(phrase=phrase, sentence=sentence[:300], about_another=about_another)
    return None


_OTHER_SUBJECT = re.compile(
    r"\b(?:he(?!\s+(?:\w+(?:ado|ido|isto|ito|cho)|estado|sentido|pensado)\b)|she|they|him|her|his|their|son|daughter|child|kid|teen|brother|sister|husband|wife|partner|mom|dad|"
    r"mother|father|roommate|friend|boyfriend|girlfriend|fianc[ée]e?|grandson|granddaughter|students?|patients?|clients?|"
    r"teens|teenagers|kids|children|"
    r"él|ella|hij[oa]|espos[oa]|marido|herman[oa]|mam[áa]|pap[áa]|amig[oa])\b",
    re.IGNORECASE,
)
_OWN_SUBJECT = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|im|yo|me\s+(?:quiero|siento)|he\s+\w+(?:ado|ido))\b", re.IGNORECASE
)
"""The writer as subject; "he pensado" is Spanish for "I have thought", never "he"."""
_OWN_IN_PHRASE = re.compile(
    r"\b(?:me|myself|i|my|mí|me\s+\w+|\w+[aei]rme|quiero|puedo|siento|estoy|tengo|aguanto|pienso|necesito)\b",
    re.IGNORECASE,
)
"""'quitarme la vida', 'matarme': a Spanish verb's own "me" is the writer."""
_HYPOTHETICAL = re.compile(
    r"\b(?:what\s+(?:happens|do\s+you\s+do)\s+)?if\s+(?:someone|somebody|a\s+(?:person|client|patient)|people|anyone)\b[^.?!]*$",
    re.IGNORECASE,
)
_OTHERS_PHRASE = re.compile(r"\b(?:her|his|their|himself|herself|themselves)\b", re.IGNORECASE)
_QUOTED_BY_ANOTHER = re.compile(
    r"\b(?:she|he|they|my\s+\w+|her|his)\s+(?:said|says|told\s+me|texted(?:\s+me)?|wrote|posted|keeps\s+saying)\s*,?:?\s*[\"“][^\"”]*$"
    # 'My roommate sent a group text an hour ago saying "thank you all for everything, I'm sorry"'
    r"|\b(?:my|our|her|his)\s+\w+\s+(?:sent|posted|left)\b[^.?!\"“]{0,60}\b(?:saying|that\s+said|reading)\s*,?:?\s*[\"“][^\"”]*$",
    re.IGNORECASE,
)
_TOLD_BY_ANOTHER = re.compile(
    r"\b(?:he|she|they)\s+(?:told\s+(?:me|us)|said|says|thinks|keeps\s+saying)\b[^.?!]*$", re.IGNORECASE
)
_I_HARM = re.compile(
    r"\b(?:i|i'd|i'll)\s+(?:would\s+|might\s+|could\s+|will\s+|want\s+to\s+)?(?:hurt|kill|harm|strangle|stab|shoot)\s+"
    r"(?:him|her|them|someone|somebody|my\s+\w+)\b",
    re.IGNORECASE,
)
_FAREWELL_TO_ME = re.compile(r"(?:texted|messaged|wrote|sent)\s+me\b", re.I)
_SENDER_BEFORE = re.compile(
    r"\b(?:my\s+(?:\w+\s+)?\w+|he|she|they|[A-Z][a-z]+)\s+(?:just\s+|finally\s+|then\s+|also\s+)?$", re.IGNORECASE
)
"""'My roommate just texted me "goodbye"': someone else sent it (not "Last night I typed out a text saying goodbye")."""
# "I found a hunting knife in his car": what the writer found, a few words on, is still found on another
_REPORTING = re.compile(
    r"\bi\s+(?:think|thought|found|saw|noticed|believe|am\s+worried|'m\s+worried|fear)\b(?:\s+(?:a|an|the|some|his|her|their|"
    r"hunting|kitchen|pocket|big|loaded)){0,3}\s*$",
    re.I,
)


def _whose(before: str, phrase: str) -> bool:
    """Whether the words nearest before the risk name someone else ("my roommate took...", "her goodbye letter")
    rather than the writer ("I took..."); "I think my roommate..." reports on another."""
    if re.search(r"\bmy\s+\w+'s\b", phrase):
        return True  # "found cuts on my daughter's arm": her body, her risk
    if _QUOTED_BY_ANOTHER.search(before):
        return True  # 'tonight she said "nobody would even notice if I was gone"': her words, her risk
    if _FAREWELL_TO_ME.match(phrase) and _SENDER_BEFORE.search(before[-60:]):
        return True  # 'My roommate just texted me "goodbye, I love you"': the one who said goodbye is at risk
    if _OWN_IN_PHRASE.search(phrase):
        return False  # "my boyfriend choked me": the one at risk is the writer
    if phrase.startswith("better off") and _TOLD_BY_ANOTHER.search(before):
        return True  # "he told me ... that the kids and I would be better off with the life insurance": his risk
    if _HYPOTHETICAL.search(before[-80:]):
        # "what happens if someone tells their therapist they're thinking about killing themselves ... asking because
        # i have been": a question put in the third person is, first, the writer's own
        return False
    if _I_HARM.search(before[-200:]):
        return False  # "thinking through how I'd hurt him, like actually planning it": the writer's own danger
    if _OTHERS_PHRASE.search(phrase):
        return True
    window = before[-160:]
    other = [m.end() for m in _OTHER_SUBJECT.finditer(window)]
    own = [m.end() for m in _OWN_SUBJECT.finditer(window) if not _REPORTING.search(window[: m.end() + 30])]
    return bool(other) and (not own or other[-1] > own[-1])
