console.log('throwing a plain object');
throw { code: 'E_CUSTOM', detail: [1, 2] };
