setTimeout(() => console.log('30ms'), 30);
setTimeout(() => console.log('10ms'), 10);
setTimeout(() => console.log('0ms a'), 0);
setTimeout(() => console.log('1ms'), 1);
setTimeout(() => console.log('0ms b'), 0);
setTimeout(() => console.log('20ms'), 20);
setTimeout(() => console.log('10ms second'), 10);
setTimeout(() => console.log('negative delay'), -5);
