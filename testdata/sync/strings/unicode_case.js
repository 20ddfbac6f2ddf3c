const names = ['Émile', 'zoë', 'Ångström', 'straße', 'ΟΔΥΣΣΕΥΣ'];
for (const n of names) console.log(n, n.toUpperCase(), n.toLowerCase(), n.length);
console.log('ǅ'.toLowerCase(), 'ﬀ'.toUpperCase(), 'ﬀ'.toUpperCase().length);
