-- The ten Sector Working Groups (codes are part of the API contract) and the 9th NSEDP.
-- Lead ministries as at the 2022 SWG review; the RTP secretariat keeps them current.

insert into swg (code, name_en, name_lo, lead_ministry, mandate) values
('health', 'Health Sector Working Group', 'ໜ່ວຍງານຂະແໜງການສາທາລະນະສຸກ',
 'Ministry of Health',
 'Coordinates Government and development partners on health sector reform, universal health coverage and the health workforce, aligned with the NSEDP.'),
('education', 'Education Sector Working Group', 'ໜ່ວຍງານຂະແໜງການສຶກສາ',
 'Ministry of Education and Sports',
 'Coordinates support to the Education and Sports Sector Development Plan: access, quality and relevance of education and skills.'),
('governance', 'Governance Sector Working Group', 'ໜ່ວຍງານຂະແໜງການການປົກຄອງ',
 'Ministry of Home Affairs; Ministry of Justice',
 'Coordinates public administration reform, rule of law, legal sector development and citizen participation.'),
('macroeconomics', 'Macroeconomics Sector Working Group', 'ໜ່ວຍງານຂະແໜງການເສດຖະກິດມະຫາພາກ',
 'Ministry of Planning and Investment; Ministry of Finance',
 'Coordinates dialogue on macroeconomic stability, public finance and debt management, and resources for the NSEDP.'),
('trade-private-sector', 'Trade and Private Sector Development Sector Working Group', 'ໜ່ວຍງານຂະແໜງການການຄ້າ ແລະ ການພັດທະນາພາກເອກະຊົນ',
 'Ministry of Industry and Commerce',
 'Coordinates trade facilitation, the business environment and private sector development, with the business sector as a partner.'),
('infrastructure', 'Infrastructure Sector Working Group', 'ໜ່ວຍງານຂະແໜງການພື້ນຖານໂຄງລ່າງ',
 'Ministry of Public Works and Transport',
 'Coordinates investment in transport, urban development, water supply and connectivity infrastructure.'),
('uxo-mine-action', 'Mine Action and UXO Sector Working Group', 'ໜ່ວຍງານຂະແໜງການກູ້ລະເບີດບໍ່ທັນແຕກ',
 'Ministry of Labour and Social Welfare (National Regulatory Authority for UXO/Mine Action)',
 'Coordinates clearance of unexploded ordnance, risk education and assistance to survivors.'),
('illicit-drug-control', 'Illicit Drug Control Sector Working Group', 'ໜ່ວຍງານຂະແໜງການຄວບຄຸມຢາເສບຕິດ',
 'Lao National Commission for Drug Control and Supervision (Ministry of Public Security)',
 'Coordinates drug control, alternative development, prevention and treatment.'),
('natural-resources-environment', 'Natural Resources and Environment Sector Working Group', 'ໜ່ວຍງານຂະແໜງການຊັບພະຍາກອນທຳມະຊາດ ແລະ ສິ່ງແວດລ້ອມ',
 'Ministry of Natural Resources and Environment',
 'Coordinates environmental protection, climate change, disaster risk reduction and natural resource management.'),
('agriculture-rural-development', 'Agriculture and Rural Development Sector Working Group', 'ໜ່ວຍງານຂະແໜງການກະສິກຳ ແລະ ພັດທະນາຊົນນະບົດ',
 'Ministry of Agriculture and Forestry',
 'Coordinates agriculture, forestry, food security and nutrition, and rural development.');

insert into nsedp_plan (number, title, start_year, end_year) values
(9, '9th National Socio-Economic Development Plan', 2021, 2025);

insert into nsedp_outcome (plan_id, number, title_en, title_lo)
select p.id, o.number, o.title_en, o.title_lo
from nsedp_plan p
cross join (
    select 1 as number, 'Continuous, quality, stable and sustainable economic growth' as title_en,
           'ການເຕີບໂຕທາງດ້ານເສດຖະກິດຢ່າງຕໍ່ເນື່ອງ, ມີຄຸນນະພາບ, ໝັ້ນທ່ຽງ ແລະ ຍືນຍົງ' as title_lo
    union all select 2, 'Improved quality of human resources (skills, research, science and technology)',
           'ຄຸນນະພາບຂອງຊັບພະຍາກອນມະນຸດໄດ້ຮັບການປັບປຸງ (ທັກສະ, ການຄົ້ນຄວ້າ, ວິທະຍາສາດ ແລະ ເຕັກໂນໂລຊີ)'
    union all select 3, 'Enhanced well-being of the people',
           'ຊີວິດການເປັນຢູ່ຂອງປະຊາຊົນໄດ້ຮັບການຍົກລະດັບ'
    union all select 4, 'Environmental protection enhanced and disaster risks reduced',
           'ການປົກປັກຮັກສາສິ່ງແວດລ້ອມ ແລະ ການຫຼຸດຜ່ອນຄວາມສ່ຽງຈາກໄພພິບັດ'
    union all select 5, 'Regional and international cooperation and integration, with robust infrastructure',
           'ການຮ່ວມມື ແລະ ການເຊື່ອມໂຍງກັບພາກພື້ນ ແລະ ສາກົນ ພ້ອມດ້ວຍພື້ນຖານໂຄງລ່າງທີ່ໜັກແໜ້ນ'
    union all select 6, 'Improved public governance and administration; an equal, fair society under the rule of law',
           'ການຄຸ້ມຄອງ ແລະ ບໍລິຫານລັດໄດ້ຮັບການປັບປຸງ; ສັງຄົມມີຄວາມສະເໝີພາບ, ຍຸຕິທຳ ແລະ ປົກຄອງດ້ວຍກົດໝາຍ'
) o
where p.number = 9;
